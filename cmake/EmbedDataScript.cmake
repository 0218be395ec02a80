# Script mode: writes OUT, a C++ source holding every data file under DATA_DIR as bytes.
file(GLOB_RECURSE files RELATIVE ${DATA_DIR} ${DATA_DIR}/*.txt ${DATA_DIR}/*.tsv)
list(SORT files)
set(body "")
set(table "")
set(i 0)
foreach(f ${files})
  file(READ ${DATA_DIR}/${f} hex HEX)
  string(LENGTH "${hex}" hexlen)
  math(EXPR n "${hexlen} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(APPEND body "static const char kFile${i}[] = {${bytes} 0};\n")
  string(APPEND table "    {\"${f}\", std::string_view(kFile${i}, ${n})},\n")
  math(EXPR i "${i} + 1")
endforeach()
set(content "// Generated from core/data by cmake/EmbedDataScript.cmake. Do not edit.
#include <string_view>
#include <utility>
#include <vector>
namespace chronicle::detail {
${body}
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_files() {
  static const std::vector<std::pair<std::string_view, std::string_view>> files = {
${table}  };
  return files;
}
}  // namespace chronicle::detail
")
file(WRITE ${OUT}.tmp "${content}")
file(RENAME ${OUT}.tmp ${OUT})
