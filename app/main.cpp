#include "launcher.h"

int main(int argc, char **argv)
{
    return app::Launcher::run(argc, argv);
}
