# cmake -DIN=DIR -DOUT=DIR -P GzipManPages.cmake: every DIR/*.1 as OUT/*.1.gz, compressed as
# Debian's policy asks of installed man pages (gzip -9n: best, and without a name or time, so
# that the same page gives the same bytes).
file(GLOB pages "${IN}/*.1")
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
foreach(page IN LISTS pages)
  get_filename_component(name "${page}" NAME)
  execute_process(COMMAND gzip -9nc "${page}" OUTPUT_FILE "${OUT}/${name}.gz" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${page} failed: ${rc}")
  endif()
endforeach()
