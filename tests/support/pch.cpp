// The translation unit that carries the tests' precompiled Qt headers (see CMakeLists.txt).
