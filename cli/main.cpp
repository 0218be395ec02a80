// The chronicle command (being written).
int main() { return 0; }
