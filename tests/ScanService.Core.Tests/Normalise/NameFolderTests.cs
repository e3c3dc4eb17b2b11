using ScanService.Normalise;

namespace ScanService.Core.Tests.Normalise;

public class NameFolderTests
{
    [TestCase("Nguyễn", "nguyen")]
    [TestCase("NGUYỄN Văn Minh", "nguyen van minh")]
    [TestCase("Đặng Thị Hương", "dang thi huong")]
    [TestCase("Trần Đức Thắng", "tran duc thang")]
    [TestCase("Ştefan Ţurcanu", "stefan turcanu")]
    [TestCase("Ștefan Țurcanu", "stefan turcanu")]
    [TestCase("Łukasz Wiśniewski", "lukasz wisniewski")]
    [TestCase("ŁUKASZ ŻÓŁKIEWSKI", "lukasz zolkiewski")]
    [TestCase("Arbën Çela", "arben cela")]
    [TestCase("Weiß", "weiss")]
    [TestCase("Bjørn Ærø", "bjorn aero")]
    [TestCase("Yıldız İnce", "yildiz ince")]
    [TestCase("Müller", "muller")]
    [TestCase("José\tMaría", "jose maria")]
    [TestCase("Ｊｏｈｎ", "john")]
    [TestCase("Иван Петров", "ivan petrov")]
    [TestCase("Олександр Щербак", "oleksandr shcherbak")]
    public void Diacritics_are_removed_and_letters_spelt_in_ascii(string raw, string expected)
    {
        NameFolder.Fold(raw).ShouldBe(expected);
    }

    [TestCase("Nguye\u0302\u0303n", "nguyen", TestName = "Decomposed accents written as combining marks are dropped")]
    [TestCase("O'Brien", "obrien", TestName = "An apostrophe is removed without splitting the word")]
    [TestCase("D’Souza", "dsouza", TestName = "A typographic apostrophe is removed without splitting the word")]
    [TestCase("N`Diaye", "ndiaye", TestName = "A backtick used as an apostrophe is removed")]
    [TestCase("Smith-Jones", "smith jones", TestName = "A hyphen separates words")]
    [TestCase("J.R. Tolkien", "j r tolkien", TestName = "Dots separate initials")]
    [TestCase("Smith, John", "smith john", TestName = "A comma separates words")]
    [TestCase("  Mary \u00A0  Ann  ", "mary ann", TestName = "Runs of any whitespace become one space and ends are trimmed")]
    [TestCase("Anna2 Kowalska 3", "anna kowalska", TestName = "Digits are dropped")]
    [TestCase("Ali (Mo) Hassan!", "ali mo hassan", TestName = "Brackets and other punctuation separate words")]
    [TestCase("محمد Ali", "ali", TestName = "Letters of scripts without a table are dropped")]
    [TestCase("Zoë\u200BWest", "zoewest", TestName = "A zero-width space does not split a word")]
    [TestCase("", "", TestName = "Empty text folds to empty")]
    [TestCase(" -- ' ", "", TestName = "Punctuation alone folds to empty")]
    public void Folding_rules(string raw, string expected)
    {
        NameFolder.Fold(raw).ShouldBe(expected);
    }

    [Test]
    public void A_long_name_beyond_the_stack_buffer_folds_the_same_way()
    {
        string raw = string.Concat(Enumerable.Repeat("Nguyễn-Đặng ", 40));
        string expected = string.Join(' ', Enumerable.Repeat("nguyen dang", 40));

        NameFolder.Fold(raw).ShouldBe(expected);
    }

    [Test]
    public void Folding_allocates_nothing_but_the_result()
    {
        const string raw = "NGUYỄN Văn Minh-Đặng O'Brien";
        NameFolder.Fold(raw);

        long before = GC.GetAllocatedBytesForCurrentThread();
        string folded = NameFolder.Fold(raw);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.ShouldBeLessThanOrEqualTo(32 + (2 * folded.Length));
    }
}
