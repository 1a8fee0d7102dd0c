// .citelint.toml: reading, errors with their place and a suggestion, layering, discovery,
// printing, and what a check runs with.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "src/config/config.hpp"
#include "src/config/effective.hpp"
#include "temporary_folder.hpp"

using namespace citelint;
namespace fs = std::filesystem;

namespace {

using testing::TemporaryFolder;

config::Loaded parse(std::string_view text) {
    return config::parse(text, "/w/.citelint.toml");
}

} // namespace

TEST_CASE("config: every key is read") {
    const auto loaded = parse(R"(select = ["references", "C006"]
ignore = ["R005"]
fail-on = "error"
dialect = "rendered"
cite-subreferencing = true
templates = ["ru.tsv", "../shared/de.tsv"]

[severity]
R001 = "info"
duplicate-unnamed-citation = "error"

[claims]
strict = true
lead = "checked"
captions = true
tables = false

[catalogue]
citation = ["Книга"]
source-section = ["Литература", "Источники"]
wrapper = [["Cite Foo", "", "Foo", "1999"]]
)");
    INFO(loaded.error);
    REQUIRE(loaded.settings);
    const config::Settings& s = *loaded.settings;
    CHECK(*s.select == std::vector<std::string>{"references", "C006"});
    CHECK(*s.ignore == std::vector<std::string>{"R005"});
    CHECK(*s.fail_on == "error");
    CHECK(*s.dialect == "rendered");
    CHECK(*s.cite_subreferencing);
    CHECK(s.templates == std::vector<std::string>{"/w/ru.tsv", "/shared/de.tsv"});
    REQUIRE(s.severity.size() == 2);
    CHECK(s.severity[0] == std::pair<std::string, std::string>{"R001", "info"});
    CHECK(s.severity[1].first == "duplicate-unnamed-citation");
    CHECK(*s.claims_strict);
    CHECK(*s.claims_lead == "checked");
    CHECK(*s.claims_captions);
    CHECK_FALSE(*s.claims_tables);
    REQUIRE(s.catalogue.size() == 4);
    CHECK(s.catalogue[0].catalogue == "citation");
    CHECK(s.catalogue[0].columns == std::vector<std::string>{"Книга"});
    CHECK(s.catalogue[3].columns == std::vector<std::string>{"Cite Foo", "", "Foo", "1999"});
}

TEST_CASE("config: keys a file leaves out stay unset") {
    const auto loaded = parse("fail-on = \"info\"\n");
    REQUIRE(loaded.settings);
    CHECK_FALSE(loaded.settings->select);
    CHECK_FALSE(loaded.settings->claims_lead);
    CHECK(loaded.settings->severity.empty());
}

TEST_CASE("config: an unknown key names its place and the closest known key") {
    CHECK(parse("fail-on = \"error\"\nselct = [\"R001\"]\n").error ==
          "/w/.citelint.toml:2:1: unknown key 'selct' (did you mean 'select'?)");
    CHECK(parse("[claims]\n  stict = true\n").error ==
          "/w/.citelint.toml:2:3: unknown key 'stict' in [claims] (did you mean 'strict'?)");
    CHECK(parse("[catalogue]\nsource-sections = [\"Quellen\"]\n").error ==
          "/w/.citelint.toml:2:1: unknown key 'source-sections' in [catalogue] (did you mean "
          "'source-section'?)");
    // The first in the file, not the first by name.
    CHECK(parse("selct = []\n[claims]\nlead = \"sometimes\"\n").error ==
          "/w/.citelint.toml:1:1: unknown key 'selct' (did you mean 'select'?)");
    // Nothing near enough: no guess.
    CHECK(parse("colour = \"never\"\n").error == "/w/.citelint.toml:1:1: unknown key 'colour'");
}

TEST_CASE("config: a value of the wrong type or out of range names its place") {
    CHECK(parse("[claims]\nlead = \"sometimes\"\n").error ==
          "/w/.citelint.toml:2:8: invalid value 'sometimes' for 'lead' (use exempt or checked)");
    CHECK(parse("select = \"R001\"\n").error ==
          "/w/.citelint.toml:1:10: 'select' must be a list of strings, not a string");
    CHECK(parse("cite-subreferencing = \"yes\"\n").error ==
          "/w/.citelint.toml:1:23: 'cite-subreferencing' must be true or false, not a string");
    CHECK(parse("[severity]\nR001 = \"fatal\"\n").error ==
          "/w/.citelint.toml:2:8: invalid value 'fatal' for 'R001' (use error, warning or info)");
    CHECK(parse("claims = 3\n").error ==
          "/w/.citelint.toml:1:10: 'claims' must be a table, not an integer");
}

TEST_CASE("config: an unknown rule names its place and the closest rule") {
    CHECK(parse("ignore = [\"R001\", \"undefined-named-reff\"]\n").error ==
          "/w/.citelint.toml:1:19: unknown rule, family or code 'undefined-named-reff' (did "
          "you mean 'undefined-named-ref'?)");
    CHECK(parse("[severity]\nreferencs = \"info\"\n").error ==
          "/w/.citelint.toml:2:1: unknown rule, family or code 'referencs' (did you mean "
          "'references'?)");
}

TEST_CASE("config: a bad catalogue row is reported at its place") {
    const auto loaded = parse("[catalogue]\ncitation = [\"Книга\"]\nwrapper = [\"Cite Foo\"]\n");
    CHECK(loaded.error.starts_with("/w/.citelint.toml:3:12: bad catalogue row: a wrapper row is"));
}

TEST_CASE("config: a TOML syntax error names its place") {
    const auto loaded = parse("select = [\"R001\"\nignore = []\n");
    CHECK_FALSE(loaded.settings);
    CHECK(loaded.error.starts_with("/w/.citelint.toml:2:"));
}

TEST_CASE("config: the command line over the file over the defaults") {
    config::Settings file;
    file.select = std::vector<std::string>{"references"};
    file.fail_on = "error";
    file.severity = {{"R001", "info"}, {"R022", "info"}};
    file.templates = {"/w/a.tsv"};
    config::Settings flags;
    flags.fail_on = "info";
    flags.severity = {{"R001", "warning"}};
    flags.templates = {"b.tsv"};
    const config::Settings s = config::layer(flags, config::layer(file, config::defaults()));
    CHECK(*s.select == std::vector<std::string>{"references"}); // the file's
    CHECK(*s.fail_on == "info");                                // the flag's
    CHECK(*s.dialect == "auto");                                // the default
    CHECK(s.templates == std::vector<std::string>{"/w/a.tsv", "b.tsv"});

    // A selection on the command line starts afresh: the file's ignore goes with its select.
    config::Settings ignoring;
    ignoring.ignore = std::vector<std::string>{"R001"};
    config::Settings selecting;
    selecting.select = std::vector<std::string>{"R001"};
    CHECK(config::layer(selecting, ignoring).ignore->empty());
    CHECK(*config::layer(ignoring, ignoring).ignore == std::vector<std::string>{"R001"});

    std::string problem;
    config::Settings without_files = s;
    without_files.templates.clear();
    const auto effective = config::make_effective(without_files, problem);
    INFO(problem);
    REQUIRE(effective);
    CHECK(effective->fail_on == engine::Severity::info);
    CHECK_FALSE(effective->claims);
    for (const engine::RuleChoice& choice : effective->selection.rules()) {
        CHECK(choice.rule->family == engine::Family::references);
        if (choice.rule->code == "R001") CHECK(choice.severity == engine::Severity::warning);
        if (choice.rule->code == "R022") CHECK(choice.severity == engine::Severity::info);
    }
}

TEST_CASE("config: what a check runs with") {
    TemporaryFolder folder;
    folder.write("ru.tsv", "source-section\tQuellenverzeichnis der Bilder\n");
    const auto loaded = config::parse(R"(dialect = "wikitext"
templates = ["ru.tsv"]
[claims]
lead = "checked"
tables = true
[catalogue]
uncited-section = ["Quellen und Lesenswertes"]
reference-section = ["Belegstellen"]
)",
                                      folder.path / ".citelint.toml");
    REQUIRE(loaded.settings);
    std::string problem;
    const auto effective = config::make_effective(*loaded.settings, problem);
    INFO(problem);
    REQUIRE(effective);
    CHECK(effective->model.dialect == model::Dialect::wikitext);
    CHECK_FALSE(effective->model.claims.lead_exempt);
    CHECK(effective->model.claims.tables);
    CHECK(effective->claims);
    REQUIRE(effective->model.catalogues == &*effective->catalogues);
    CHECK(effective->catalogues->source_sections.contains("quellenverzeichnis der bilder"));
    CHECK(effective->catalogues->uncited_sections.contains("quellen und lesenswertes"));
    CHECK(effective->catalogues->reference_sections.contains("belegstellen"));
    CHECK_FALSE(model::Catalogues::builtin().uncited_sections.contains("Quellen und Lesenswertes"));
    CHECK_FALSE(
        model::Catalogues::builtin().source_sections.contains("Quellenverzeichnis der Bilder"));

    // A template file that is not there.
    config::Settings missing = *loaded.settings;
    missing.templates = {(folder.path / "nope.tsv").string()};
    CHECK_FALSE(config::make_effective(missing, problem));
    CHECK(problem.find("nope.tsv") != std::string::npos);
}

TEST_CASE("config: the nearest .citelint.toml above a folder wins") {
    TemporaryFolder folder;
    folder.write(".citelint.toml", "");
    folder.write("a/.citelint.toml", "");
    fs::create_directories(folder.path / "a/b/c");
    fs::create_directories(folder.path / "d");
    CHECK(config::discover(folder.path / "a/b/c") == folder.path / "a/.citelint.toml");
    CHECK(config::discover(folder.path / "a") == folder.path / "a/.citelint.toml");
    CHECK(config::discover(folder.path / "d") == folder.path / ".citelint.toml");
    CHECK(config::choose(folder.path / "d", std::nullopt, true) == std::nullopt);
    CHECK(config::choose(folder.path / "d", std::string("x.toml"), false) == fs::path("x.toml"));
}

TEST_CASE("config: a file that cannot be read") {
    TemporaryFolder folder;
    const auto loaded = config::load(folder.path / "missing.toml");
    CHECK_FALSE(loaded.settings);
    CHECK(loaded.error == (folder.path / "missing.toml").string() +
                              ": cannot read the configuration: no such file");
    CHECK(config::load(folder.path).error ==
          folder.path.string() + ": cannot read the configuration: it is a folder");
}

TEST_CASE("config: printed, it reads back as the same settings") {
    const auto loaded = parse(R"(ignore = ["claims"]
fail-on = "error"
[severity]
R001 = "info"
[claims]
lead = "checked"
[catalogue]
citation = ["Say \"hi\""]
wrapper = [["Cite Foo", "", "Foo", "1999"]]
)");
    REQUIRE(loaded.settings);
    const std::string text = config::to_toml(*loaded.settings, "from a test");
    CHECK(text.starts_with("# from a test\nselect = [\"all\"]\nignore = [\"claims\"]\n"));
    CHECK(text.find("R001 = \"info\" # undefined-named-ref\n") != std::string::npos);
    CHECK(text.find("C0") == std::string::npos); // the claims rules are ignored
    const auto again = parse(text);
    INFO(again.error);
    REQUIRE(again.settings);
    CHECK(*again.settings->fail_on == "error");
    CHECK(*again.settings->claims_lead == "checked");
    CHECK(*again.settings->ignore == std::vector<std::string>{"claims"});
    REQUIRE(again.settings->catalogue.size() == 2);
    CHECK(again.settings->catalogue[0].columns.front() == "Say \"hi\"");
    CHECK(again.settings->catalogue[1].columns.size() == 4);
    CHECK(config::to_toml(*again.settings, "from a test") == text);
}
