import StanceCLI

StanceGraphCommand.main()
