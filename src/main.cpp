#include "src/cli/run_cli.hpp"

int main(int argc, char** argv) {
  return citecheck::run_cli(argc, argv);
}
