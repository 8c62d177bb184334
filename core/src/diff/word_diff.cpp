// diff_words: a longest-common-subsequence diff over words, spaces and punctuation, with
// changed words grouped so that a rewording reads as one deletion and one insertion.

#include <algorithm>

#include "kiv/diff.hpp"

namespace kiv {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_ascii_punct(char c) {
  return static_cast<unsigned char>(c) < 0x80 && !is_space(c) &&
         !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

// Words (runs of letters and digits, any non-ASCII byte counting as a letter), runs of
// spaces, and single ASCII punctuation marks.
std::vector<std::string_view> tokenize(std::string_view text) {
  std::vector<std::string_view> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = i + 1;
    if (is_space(text[i])) {
      while (end < text.size() && is_space(text[end])) ++end;
    } else if (!is_ascii_punct(text[i])) {
      while (end < text.size() && !is_space(text[end]) && !is_ascii_punct(text[end])) ++end;
    }
    tokens.push_back(text.substr(i, end - i));
    i = end;
  }
  return tokens;
}

void append(std::vector<WordEdit>& edits, WordEdit::Op op, std::string_view text) {
  if (!edits.empty() && edits.back().op == op) {
    edits.back().text += text;
  } else {
    edits.push_back({op, std::string(text)});
  }
}

// Spaces shared between two changes belong to the change: "[-a b-]{+c d+}", not
// "[-a-]{+c+} [-b-]{+d+}". Runs of changes then become one deletion and one insertion.
std::vector<WordEdit> group_changes(const std::vector<WordEdit>& edits) {
  std::vector<WordEdit> grouped;
  std::string removed, inserted;
  const auto flush = [&] {
    if (!removed.empty()) grouped.push_back({WordEdit::Op::remove, removed});
    if (!inserted.empty()) grouped.push_back({WordEdit::Op::insert, inserted});
    removed.clear();
    inserted.clear();
  };
  for (std::size_t i = 0; i < edits.size(); ++i) {
    const WordEdit& edit = edits[i];
    const bool blank = std::all_of(edit.text.begin(), edit.text.end(), is_space);
    const bool inside_change = edit.op == WordEdit::Op::equal && blank && i > 0 &&
                               i + 1 < edits.size() && edits[i + 1].op != WordEdit::Op::equal &&
                               edits[i - 1].op != WordEdit::Op::equal;
    if (edit.op == WordEdit::Op::remove || inside_change) removed += edit.text;
    if (edit.op == WordEdit::Op::insert || inside_change) inserted += edit.text;
    if (edit.op == WordEdit::Op::equal && !inside_change) {
      flush();
      append(grouped, WordEdit::Op::equal, edit.text);
    }
  }
  flush();
  return grouped;
}

}  // namespace

std::vector<WordEdit> diff_words(std::string_view from, std::string_view to) {
  const auto a = tokenize(from);
  const auto b = tokenize(to);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  std::vector<std::vector<std::size_t>> lcs(a.size() + 1,
                                            std::vector<std::size_t>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;) {
    for (std::size_t j = b.size(); j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<WordEdit> edits;
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      append(edits, WordEdit::Op::equal, a[i++]);
      ++j;
    } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
      append(edits, WordEdit::Op::insert, b[j++]);
    } else {
      append(edits, WordEdit::Op::remove, a[i++]);
    }
  }
  return group_changes(edits);
}

}  // namespace kiv
