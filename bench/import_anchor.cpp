#include "import_anchor.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/core.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <stdexcept>
#include <string>

#include "run_process.hpp"
#include "timing.hpp"

namespace kiv::bench {
namespace {

namespace fs = std::filesystem;

// `text` quoted for the shell.
std::string shell_quoted(const std::string& text) {
  std::string quoted = "'";
  for (const char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

void write_data(std::FILE* out, const std::string& bytes) {
  std::fprintf(out, "data %zu\n", bytes.size());
  std::fwrite(bytes.data(), 1, bytes.size(), out);
  std::fputc('\n', out);
}

double run_fast_import(const std::vector<EditionDocument>& documents, const fs::path& repo) {
  const std::string git = find_program("git");
  if (run_quietly({git, "init", "--quiet", "--bare", repo.string()}) != 0) {
    throw std::runtime_error("git init failed in " + repo.string());
  }
  const Stopwatch time;
  const std::string command =
      shell_quoted(git) + " --git-dir=" + shell_quoted(repo.string()) + " fast-import --quiet";
  std::FILE* in = ::popen(command.c_str(), "w");
  if (in == nullptr) throw std::runtime_error("cannot start " + command);
  long when = 1'700'000'000;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const EditionDocument& document = documents[i];
    std::fprintf(in, "blob\nmark :%zu\n", 2 * i + 1);
    write_data(in, document.json);
    std::fprintf(in, "commit refs/heads/main\nmark :%zu\n", 2 * i + 2);
    std::fprintf(in, "committer kiv bench <bench@example.org> %ld +0000\n", when++);
    write_data(in, "Import " + document.ref + " revision 1 from " + document.file_name());
    if (i > 0) std::fprintf(in, "from :%zu\n", 2 * i);
    std::fprintf(in, "M 100644 :%zu %s/edition.json\n", 2 * i + 1, document.ref.c_str());
    std::fprintf(in, "M 100644 :%zu %s/source\n", 2 * i + 1, document.ref.c_str());
    std::fprintf(in, "M 100644 inline %s/revision.json\n", document.ref.c_str());
    write_data(in, fmt::format("{{\"revision\": 1, \"source_name\": \"{}\", \"imported_by\": "
                               "\"kiv bench <bench@example.org>\"}}\n",
                               document.file_name()));
  }
  if (::pclose(in) != 0) throw std::runtime_error("git fast-import failed in " + repo.string());
  return time.seconds();
}

const char* text_or_null(const rapidjson::Value& item, const char* member, const char* lang) {
  const auto texts = item.FindMember(member);
  if (texts == item.MemberEnd() || !texts->value.IsObject()) return nullptr;
  const auto text = texts->value.FindMember(lang);
  return text == texts->value.MemberEnd() ? nullptr : text->value.GetString();
}

// Binds `text` to parameter `index` of `statement`, or NULL when it is null.
void bind_text(SQLite::Statement& statement, int index, const char* text) {
  if (text != nullptr) {
    statement.bind(index, text);
  } else {
    statement.bind(index);
  }
}

double run_sqlite_insert(const std::vector<EditionDocument>& documents, const fs::path& file) {
  const Stopwatch time;
  SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
  db.exec(
      "CREATE TABLE items (id INTEGER PRIMARY KEY, edition TEXT NOT NULL, lang TEXT NOT NULL,"
      " key TEXT, title TEXT NOT NULL, description TEXT);"
      "CREATE VIRTUAL TABLE item_search USING fts5(title, description,"
      " tokenize = 'unicode61 remove_diacritics 2')");
  SQLite::Transaction transaction(db);
  SQLite::Statement insert(
      db, "INSERT INTO items (edition, lang, key, title, description) VALUES (?, ?, ?, ?, ?)");
  SQLite::Statement index(db,
                          "INSERT INTO item_search (rowid, title, description) VALUES (?, ?, ?)");
  for (const EditionDocument& document : documents) {
    rapidjson::Document edition;
    edition.Parse(document.json.data(), document.json.size());
    if (edition.HasParseError() || !edition.IsObject()) {
      throw std::runtime_error(document.file_name() + ": not JSON");
    }
    for (const char* lang : {"nl", "fr"}) {
      for (const char* section : {"priorities", "themes"}) {
        for (const auto& item : edition[section].GetArray()) {
          const char* title = text_or_null(item, "title", lang);
          if (title == nullptr) continue;
          const char* description = text_or_null(item, "description", lang);
          insert.bind(1, document.ref);
          insert.bind(2, lang);
          insert.bind(3, item["key"].GetString());
          insert.bind(4, title);
          bind_text(insert, 5, description);
          insert.exec();
          insert.reset();
          index.bind(1, db.getLastInsertRowid());
          index.bind(2, title);
          bind_text(index, 3, description);
          index.exec();
          index.reset();
        }
      }
    }
  }
  transaction.commit();
  return time.seconds();
}

}  // namespace

AnchorTimes measure_import_anchor(const std::vector<EditionDocument>& documents,
                                  const fs::path& dir) {
  AnchorTimes times;
  times.git_seconds = run_fast_import(documents, dir / "anchor.git");
  times.sqlite_seconds = run_sqlite_insert(documents, dir / "anchor.sqlite");
  return times;
}

}  // namespace kiv::bench
