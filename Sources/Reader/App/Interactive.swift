/// The interactive screen. Filled in by the terminal layer.
enum Interactive {
    static func run(path: String, options: DocumentBuilder.Options) -> Int32 {
        Diagnostics.printError("the interactive screen is not built yet; use --json or --summary")
        return 2
    }
}
