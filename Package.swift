// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Reader",
    products: [
        .executable(name: "reader", targets: ["Reader"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .executableTarget(
            name: "Reader",
            dependencies: [
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Reader",
            exclude: ["Resources"]
        ),
        .testTarget(
            name: "ReaderTests",
            dependencies: ["Reader"],
            path: "Tests/ReaderTests",
            exclude: ["Fixtures", "Snapshots"]
        ),
    ]
)
