// The namespaces of links that show no text where they stand: files (an image, its caption
// apart) and categories, in the languages of ../shared/corpus (MediaWiki's languages/messages/
// Messages*.php, $namespaceNames and $namespaceAliases). Names are compared as canonical
// titles (first letter upper-case, underscores as spaces).
#pragma once

#include <algorithm>
#include <string_view>

namespace citelint::model {

inline constexpr std::string_view file_namespaces[] = {
    "File",    "Image",    "Media",  "Datei",       "Bild",  "Fichier", "Archivo", "Imagen",
    "Arquivo", "Ficheiro", "Файл",   "Изображение", "Plik",  "Grafika", "Bestand", "Afbeelding",
    "Fil",     "Tiedosto", "Soubor", "Fájl",        "Dosya", "Berkas",  "Tập tin", "Αρχείο",
    "ملف",     "پرونده",   "קובץ",   "ファイル",    "画像",  "文件",    "파일",    "चित्र",
};

inline constexpr std::string_view category_namespaces[] = {
    "Category",  "Kategorie", "Catégorie", "Categoría", "Categoria", "Категория", "Kategoria",
    "Categorie", "Kategori",  "Luokka",    "Kategória", "Thể loại",  "Категорія", "Κατηγορία",
    "تصنيف",     "رده",       "קטגוריה",   "カテゴリ",  "分类",      "분류",      "श्रेणी",
};

inline bool is_file_namespace(std::string_view canonical) {
    return std::find(std::begin(file_namespaces), std::end(file_namespaces), canonical) !=
           std::end(file_namespaces);
}

inline bool is_category_namespace(std::string_view canonical) {
    return std::find(std::begin(category_namespaces), std::end(category_namespaces), canonical) !=
           std::end(category_namespaces);
}

} // namespace citelint::model
