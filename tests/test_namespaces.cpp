// The File and Category namespaces of every language (src/model/site/namespaces.*), read from
// rules/data/namespaces.tsv (MediaWiki's Messages*.php).
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "src/model/citations/catalogue.hpp"
#include "src/model/site/namespaces.hpp"
#include "src/model/tsv.hpp"

namespace citelint::data {
extern const char* const namespaces_tsv;
} // namespace citelint::data

using namespace citelint;
using model::canonical_title;
using model::is_category_namespace;
using model::is_file_namespace;

TEST_CASE("namespaces: a language's own names, its aliases and Media") {
    CHECK(is_file_namespace("Datei", "de"));
    CHECK(is_file_namespace("Bild", "de"));   // an alias
    CHECK(is_file_namespace("Medium", "de")); // NS_MEDIA, counted with files
    CHECK(is_category_namespace("Kategorie", "de"));
    CHECK(is_file_namespace("Fichier", "fr"));
    CHECK(is_category_namespace("Catégorie", "fr"));
    CHECK(is_file_namespace("Изображение", "ru"));
    CHECK(is_category_namespace("Категория", "ru"));
    CHECK(is_file_namespace("画像", "ja"));
    CHECK(is_category_namespace("カテゴリ", "ja"));
    CHECK(is_file_namespace("Kuva", "fi"));
    CHECK(is_category_namespace("Luokka", "fi"));
    // As the callers write them: canonical titles (underscores as spaces, first letter upper).
    CHECK(is_file_namespace(canonical_title("tập_tin"), "vi"));
    CHECK(is_category_namespace(canonical_title("thể_loại"), "vi"));
    CHECK(is_file_namespace(canonical_title("ფაილი"), "ka"));
    // Austrian German has no names of its own: those of German, its fallback.
    CHECK(is_file_namespace("Datei", "de-at"));
    CHECK(is_category_namespace("Kategorie", "de-at"));
}

TEST_CASE("namespaces: the English names on every wiki, another language's on none") {
    for (const char* language : {"en", "de", "ru", "ja", "simple", "xx-unknown"}) {
        CHECK(is_file_namespace("File", language));
        CHECK(is_file_namespace("Image", language));
        CHECK(is_file_namespace("Media", language));
        CHECK(is_category_namespace("Category", language));
    }
    CHECK_FALSE(is_file_namespace("Datei", "fr"));
    CHECK_FALSE(is_category_namespace("Catégorie", "de"));
    CHECK_FALSE(is_file_namespace("Plik", "ru"));
    CHECK_FALSE(is_category_namespace("Luokka", "sv"));
    CHECK_FALSE(is_file_namespace("Datei", "simple")); // no Messages file: English only
    CHECK_FALSE(is_file_namespace("Datei", "en"));
    CHECK_FALSE(is_file_namespace("Kategorie", "de")); // a category is not a file
    CHECK_FALSE(is_category_namespace("Datei", "de"));
    CHECK_FALSE(is_file_namespace("Vorlage", "de"));
    CHECK_FALSE(is_file_namespace("", "de"));
}

TEST_CASE("namespaces: the merged lookup takes every language's names") {
    std::set<std::string> languages;
    std::size_t rows = 0;
    model::for_each_row(data::namespaces_tsv, [&](const std::vector<std::string_view>& f) {
        REQUIRE(f.size() == 3);
        REQUIRE((f[1] == "file" || f[1] == "category"));
        ++rows;
        const std::string name = canonical_title(f[0]);
        const bool file = f[1] == "file";
        INFO(name);
        CHECK((file ? is_file_namespace(name) : is_category_namespace(name)));
        model::for_each_item(f[2], [&](std::string_view code) {
            const std::string language(code);
            if (code != "*") languages.insert(language);
            INFO(language);
            CHECK(
                (file ? is_file_namespace(name, language) : is_category_namespace(name, language)));
        });
    });
    CHECK(rows > 700);
    CHECK(languages.size() > 400); // every language with a Messages file: hundreds
    for (const char* name : {"Datei", "Fichier", "Файл", "Plik", "ファイル", "Fil", "Tập tin"})
        CHECK(is_file_namespace(name));
    for (const char* name : {"Kategorie", "Catégorie", "Категория", "Luokka", "分类", "Thể loại"})
        CHECK(is_category_namespace(name));
    CHECK_FALSE(is_file_namespace("Kategorie"));
    CHECK_FALSE(is_category_namespace("Vorlage"));
}
