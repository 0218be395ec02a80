// The Catch2 test runner for Chronicle.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
