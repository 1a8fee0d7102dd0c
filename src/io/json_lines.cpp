#include "json_lines.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace citelint::io {

DocumentLine read_document_line(std::string_view line) {
    DocumentLine result;
    nlohmann::json value;
    try {
        value = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
        result.problem = "not valid JSON";
        result.column = std::max<std::size_t>(e.byte, 1); // the byte where nlohmann stopped
        return result;
    } catch (const nlohmann::json::exception&) {
        // A number no double holds ("1E400"): nlohmann throws out_of_range for it, not a
        // parse error, whatever follows on the line.
        result.problem = "not valid JSON: a number too large to read";
        return result;
    }
    if (!value.is_object()) {
        result.problem = "not a JSON object (expected {\"title\": ..., \"text\": ...})";
        return result;
    }
    const auto title = value.find("title");
    const auto text = value.find("text");
    if (title == value.end() || !title->is_string() || title->get_ref<const std::string&>().empty())
        result.problem = "no \"title\" string to name the document";
    else if (text == value.end() || !text->is_string())
        result.problem = "no \"text\" string";
    else if (const auto wiki = value.find("wiki");
             wiki != value.end() && !(wiki->is_string() || wiki->is_null()))
        result.problem = "\"wiki\" is not a string (a dbname such as \"enwiki\")";
    else {
        std::string dbname;
        if (wiki != value.end() && wiki->is_string()) dbname = wiki->get<std::string>();
        std::string name = std::move(title->get_ref<std::string&>());
        if (!dbname.empty()) name = dbname + ':' + name;
        result.document = Document{std::move(name), std::move(text->get_ref<std::string&>()),
                                   std::move(dbname), nullptr, nullptr};
    }
    return result;
}

JsonLinesReader::JsonLinesReader(std::unique_ptr<ByteStream> bytes, std::string head)
    : bytes_(std::move(bytes)), buffer_(std::move(head)) {}

bool JsonLinesReader::next(DocumentLine& line, std::size_t& number) {
    while (true) {
        std::size_t end = buffer_.find('\n', start_);
        while (end == std::string::npos && !end_) {
            buffer_.erase(0, start_); // only the line being read is held
            start_ = 0;
            const std::size_t searched = buffer_.size();
            std::string chunk;
            if (bytes_->read(chunk)) {
                buffer_ += chunk;
                end = buffer_.find('\n', searched);
            } else {
                end_ = true;
                if (!bytes_->problem().empty()) {
                    problem_ = bytes_->problem();
                    return false;
                }
            }
        }
        if (end == std::string::npos) {
            if (start_ == buffer_.size()) return false;
            end = buffer_.size(); // the last line, without a newline
        }
        std::string_view text = std::string_view(buffer_).substr(start_, end - start_);
        start_ = std::min(end + 1, buffer_.size());
        ++lines_;
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
        line = read_document_line(text);
        number = lines_;
        return true;
    }
}

} // namespace citelint::io
