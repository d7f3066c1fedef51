# Run by ctest before the tests (fixture "testhome"): one empty HOME per test under ROOT.
file(REMOVE_RECURSE "${ROOT}")
foreach(name IN LISTS NAMES)
    file(MAKE_DIRECTORY "${ROOT}/${name}")
endforeach()
