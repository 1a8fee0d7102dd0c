// src/web/lint's sentences_json natively, for tests/web_compare.js to hold the WebAssembly
// module's sentences (the browser's segmenter) against ICU's:
//   citelint_web_sentences OPTIONS_JSON FILE...   one line per file: {"path", "sentences"}
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

#include "src/web/lint.hpp"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: citelint_web_sentences OPTIONS_JSON FILE...\n";
        return 2;
    }
    for (int i = 2; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::cerr << argv[i] << ": cannot read\n";
            return 2;
        }
        const std::string text{std::istreambuf_iterator<char>(in), {}};
        nlohmann::json line = nlohmann::json::parse(citelint::web::sentences_json(text, argv[1]));
        line["path"] = argv[i];
        std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    return 0;
}
