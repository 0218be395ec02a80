# Compiles the files under core/data into the library, so the binary runs anywhere.
# chronicle_embed_data(OUT_CPP DATA_DIR) generates a .cpp defining
# chronicle::detail::embedded_files(): (relative path, contents) pairs, sorted by path.
function(chronicle_embed_data out_cpp data_dir)
  file(GLOB_RECURSE files CONFIGURE_DEPENDS RELATIVE ${data_dir} ${data_dir}/*.txt ${data_dir}/*.tsv)
  list(SORT files)
  set(abs_files)
  foreach(f ${files})
    list(APPEND abs_files ${data_dir}/${f})
  endforeach()
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DDATA_DIR=${data_dir} -DOUT=${out_cpp}
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedDataScript.cmake
    DEPENDS ${abs_files} ${PROJECT_SOURCE_DIR}/cmake/EmbedDataScript.cmake
    COMMENT "Embedding data files from ${data_dir}"
    VERBATIM)
endfunction()
