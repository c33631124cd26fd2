import Foundation
import Testing
@testable import Reader

/// The README stays true: its key table is the one the reader uses.
@Suite struct ReadmeTests {
    let readme = (try? String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    @Test func showsEveryKeyBinding() {
        for row in KeyMap.markdownRows {
            #expect(readme.contains(row), "README.md lacks the row \(row); run Scripts/update-readme")
        }
    }

    @Test func namesTheTwoCommands() {
        #expect(readme.contains("swift run reader"))
        #expect(readme.contains("swift test"))
        #expect(readme.contains("apt-get install libncurses-dev"))
    }

    @Test func everyHelpTextIsUnique() {
        let helps = KeyMap.bindings.map(\.help)
        #expect(Set(helps).count == helps.count)
        let keys = KeyMap.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "a key is bound twice")
    }
}
