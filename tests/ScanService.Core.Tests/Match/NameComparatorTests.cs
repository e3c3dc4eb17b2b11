using ScanService.Match.Comparators;
using ScanService.Match.Names;
using ScanService.Model;
using ScanService.Normalise;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match;

/// <summary>
/// Every name case of issue 3 point 1, and the decoys that must not match. Names go through the real
/// normaliser (folding, hyphens, full-name splitting), written as "forename | surname" or "full name".
/// </summary>
public class NameComparatorTests
{
    // Token order and split, Chinese family-name-first.
    [TestCase("NGUYEN Van Minh", "Van Minh | Nguyen", "exact", null, TestName = "A full name equals the same words split into forename and surname")]
    [TestCase("Nguyen Van Minh", "Minh | Nguyen", "subset", "middle name missing", TestName = "Nguyen Van Minh and Minh Nguyen differ by a middle name")]
    [TestCase("WANG Wei", "Wei | Wang", "exact", null, TestName = "A Chinese family-name-first name equals the Western order")]
    [TestCase("Wang | Wei", "Wei | Wang", "exact", null, TestName = "A family name recorded as the forename still agrees")]
    // Middle names, hyphenated and double surnames.
    [TestCase("Arben Besnik | Krasniqi", "Arben | Krasniqi", "subset", "middle name missing", TestName = "A missing middle name is a subset")]
    [TestCase("Maria | Garcia-Lopez", "Maria | Garcia Lopez", "exact", null, TestName = "A hyphenated surname equals the double surname")]
    [TestCase("Maria | Garcia-Lopez", "Maria | Garcia", "subset", "a name missing", TestName = "Half of a double surname is a subset")]
    [TestCase("Maria | Garcialopez", "Maria | Garcia Lopez", "variant", "words joined", TestName = "A double surname written as one word is a variant")]
    // Eritrean and Ethiopian naming: given name, father's name, grandfather's name.
    [TestCase("Tesfay Gebremedhin Haile", "Tesfay | Haile", "subset", "middle name missing", TestName = "Without the father's name an Eritrean name is a subset")]
    [TestCase("Tesfay Gebremedhin Haile", "Tesfay Gebremedhin | Haile", "exact", null, TestName = "The father's name folded into the forename still agrees exactly")]
    [TestCase("Tesfay Gebremedhin Haile", "Tesfaye | Gebremedhin", "subset", "spelling, a name missing", TestName = "Tesfaye Gebremedhin is a subset with a spelling variant")]
    [TestCase("Tesfay | Gebremedhin", "Gebremedhin | Tesfay", "exact", null, TestName = "The father's name recorded as the forename still agrees")]
    [TestCase("Tesfay | Gebremedhin", "Tesfay | Gebre Medhin", "variant", "words joined", TestName = "A name split in two agrees with it written as one")]
    // Nicknames and diminutives.
    [TestCase("William | Jones", "Bill | Jones", "variant", "nickname", TestName = "Bill is a nickname of William")]
    [TestCase("William | Jones", "Liam | Jones", "variant", "nickname", TestName = "Liam is a nickname of William")]
    [TestCase("Bill | Jones", "Billy | Jones", "variant", "nickname", TestName = "Billy is a nickname of Bill")]
    [TestCase("Oluwaseun | Adeyemi", "Seun | Adeyemi", "variant", "nickname", TestName = "Seun is a short form of Oluwaseun")]
    [TestCase("Mo | Farah", "Mohamed | Farah", "variant", "nickname", TestName = "Mo is a short form of a spelling of Mohammed")]
    // Spelling and transliteration variants, diacritics.
    [TestCase("Mohammed | Osman", "Mohamed | Osman", "variant", "spelling", TestName = "Mohamed is a spelling of Mohammed")]
    [TestCase("Muhammad Ali | Hassan", "Mohammed Ali | Hassan", "variant", "spelling", TestName = "Muhammad is a spelling of Mohammed")]
    [TestCase("Yousif | Ahmed", "Yusuf | Ahmad", "variant", "spelling", TestName = "Yousif Ahmed and Yusuf Ahmad are spellings of one name")]
    [TestCase("Tesfay | Haile", "Tesfaye | Haile", "variant", "spelling", TestName = "Tesfaye is a spelling of Tesfay")]
    [TestCase("Arben | Çela", "Arben | Cela", "exact", null, TestName = "Cela with and without the cedilla is exact")]
    [TestCase("Nguyễn Văn Minh", "Nguyen Van Minh", "exact", null, TestName = "Vietnamese diacritics present or absent are exact")]
    [TestCase("Abdulrahman | Ali", "Abdul Rahman | Ali", "variant", "words joined", TestName = "Abdulrahman agrees with Abdul Rahman")]
    [TestCase("Abdelrahman | Ali", "Abdul Rahman | Ali", "variant", "words joined", TestName = "Abdelrahman agrees with Abdul Rahman by spelling")]
    [TestCase("Kate Lin | Dent", "Katelin | Dent", "variant", "words joined", TestName = "A name written apart is joined before a word is taken for a nickname")]
    [TestCase("Abd Al Rahman | Ali", "Abdulrahman | Ali", "variant", "words joined", TestName = "Three words may join into one")]
    [TestCase("Mehmet | Yilmaz", "Mehmed | Yılmaz", "variant", "spelling", TestName = "Mehmet and Mehmed are spellings of one name")]
    [TestCase("Susan | Clarke", "Suzan | Clarke", "variant", "spelling", TestName = "Names that sound alike with the same vowels are spelling variants")]
    [TestCase("Mikhail | Petrov", "Michael | Petrov", "variant", "spelling", TestName = "Mikhail and Michael sound alike with the same vowels")]
    [TestCase("Bill | Mohamed", "William | Muhammad", "variant", "nickname, spelling", TestName = "A nickname and a spelling variant together are a variant")]
    // Typos and initials.
    [TestCase("Lukasz | Wisnewski", "Lukasz | Wisniewski", "variant", "spelling", TestName = "An anglicised spelling of a Polish name is a spelling variant")]
    [TestCase("Arben | Krasinqi", "Arben | Krasniqi", "fuzzy", "typo", TestName = "Two letters swapped in a surname is a typo")]
    [TestCase("Arben | Krasniq", "Arben | Krasniqi", "fuzzy", "typo", TestName = "A dropped last letter is a typo")]
    [TestCase("Jonh | Smith", "John | Smith", "fuzzy", "typo", TestName = "Two letters swapped is a typo")]
    [TestCase("A | Krasniqi", "Arben | Krasniqi", "fuzzy", "initial", TestName = "An initial agreeing with a forename is fuzzy")]
    [TestCase("A | Krasniqi", "Arben Besnik | Krasniqi", "fuzzy", "initial, middle name missing", TestName = "An initial with a missing middle name is fuzzy")]
    // One word only.
    [TestCase("| Krasniqi", "Arben | Krasniqi", "partial", null, TestName = "Only a surname given is partial")]
    [TestCase("Seun |", "Oluwaseun | Adeyemi", "partial", "nickname", TestName = "Only a nickname given is partial")]
    [TestCase("Tesfay", "Tesfay", "partial", null, TestName = "Two one-word names agreeing are only partial")]
    [TestCase("Abdulrahman", "Abdul Rahman", "variant", "words joined", TestName = "A one-word name agreeing with two joined words is a variant")]
    // Decoys that must not be variants or better.
    [TestCase("John | Smith", "Mary | Smith", "mixed", null, TestName = "The same surname with a different forename is mixed, not a variant")]
    [TestCase("John | Smith", "Joan | Smith", "mixed", null, TestName = "John and Joan are different words, so John Smith and Joan Smith are mixed")]
    [TestCase("Nguyen Van Minh", "Nguyen Van Nam", "mixed", null, TestName = "Nguyen Van Minh and Nguyen Van Nam are mixed, not a variant")]
    [TestCase("Hassan | Ali", "Hussein | Ali", "mixed", null, TestName = "Hassan and Hussein are different words, so the names are mixed")]
    [TestCase("Mohammed | Ali", "Mahmoud | Ali", "mixed", null, TestName = "Mohammed and Mahmoud are different words, so the names are mixed")]
    [TestCase("Tesfay | Gebremedhin", "Tesfay | Haile", "mixed", null, TestName = "Different father's and grandfather's names are mixed")]
    [TestCase("Arben | Krasniqi", "Klodiana | Xhaferi", "different", null, TestName = "Unrelated names are different")]
    [TestCase("John | Smith", "John | Smythe Brown", "mixed", null, TestName = "A word unmatched on each side beside an agreeing word makes the names mixed")]
    [TestCase("J | S", "John | Smith", "different", null, TestName = "Initials alone are different")]
    [TestCase("Daniel | Novak", "Daniela | Novak", "fuzzy", "typo", TestName = "Daniel and Daniela are at most a typo, not a variant")]
    [TestCase("Maria | Rossi", "Mario | Rossi", "fuzzy", "typo", TestName = "Maria and Mario are at most a typo, not a variant")]
    [TestCase("Ivan | Petrov", "Ivana | Petrov", "fuzzy", "typo", TestName = "Ivan and Ivana are at most a typo, not a variant")]
    [TestCase("Louis | Martin", "Louise | Martin", "fuzzy", "typo", TestName = "Louis and Louise are at most a typo, not a nickname")]
    [TestCase("Alexander | Brown", "Alexandra | Brown", "fuzzy", "typo", TestName = "Alexander and Alexandra share Alex but are not nicknames of each other")]
    [TestCase("Tran Thi Lan", "Tran Thi Lanh", "fuzzy", "typo", TestName = "Lan and Lanh differ by a letter, which cannot be told from a typo")]
    public void Names_reach_the_expected_level(string a, string b, string level, string? detail)
    {
        NameComparator.Compare(Parse(a), Parse(b)).ShouldBe(new ComparisonOutcome(level, detail));
    }

    [TestCase("Minh | Nguyen", "Nguyen Van Minh", TestName = "Subset holds whichever side is longer")]
    [TestCase("Bill | Jones", "William | Jones", TestName = "Variant holds whichever side has the nickname")]
    [TestCase("Abdul Rahman | Ali", "Abdulrahman | Ali", TestName = "Joining works whichever side is split")]
    public void Comparison_is_symmetric(string a, string b)
    {
        NameComparator.Compare(Parse(a), Parse(b)).ShouldBe(NameComparator.Compare(Parse(b), Parse(a)));
    }

    [Test]
    public void A_missing_name_on_either_side_is_missing_not_different()
    {
        new NameComparator().Compare(Record(), Subject(name: Name("arben", "krasniqi"))).Level.ShouldBe("missing");
        new NameComparator().Compare(Record(name: Name("arben", "krasniqi")), Subject()).Level.ShouldBe("missing");
        NameComparator.LevelOf(PersonName.Empty, Name("arben", "krasniqi")).ShouldBe("missing");
    }

    [Test]
    public void The_strongest_level_against_any_of_the_subjects_names_counts()
    {
        var subject = Subject(name: Name("mary", "smith"));
        subject.Names.Add(Name("william", "jones"));

        new NameComparator().Compare(Record(name: Name("bill", "jones")), subject).ShouldBe(new ComparisonOutcome("variant", "nickname"));
    }

    [Test]
    public void The_record_words_that_agreed_are_reported_with_their_kind_and_counterpart()
    {
        Span<TokenAgreement> agreed = stackalloc TokenAgreement[3];
        var outcome = NameComparator.Compare(Name("bill", "jones okafor"), Name("william", "jones"), agreed);

        outcome.Level.ShouldBe("subset");
        agreed.ToArray().ShouldBe([
            new TokenAgreement(TokenAgreementKind.Nickname, 0),
            new TokenAgreement(TokenAgreementKind.Exact, 1),
            TokenAgreement.None,
        ]);
    }

    [Test]
    public void Split_words_each_report_the_word_they_joined_into()
    {
        var subject = Subject(name: Name("mary", "smith"));
        subject.Names.Add(Name("abdulrahman", "ali"));
        var agreed = new TokenAgreement[3];

        new NameComparator().Compare(Record(name: Name("abdul rahman", "ali")), subject, agreed).Level.ShouldBe("variant");

        agreed.ShouldBe([
            new TokenAgreement(TokenAgreementKind.Joined, 0),
            new TokenAgreement(TokenAgreementKind.Joined, 0),
            new TokenAgreement(TokenAgreementKind.Exact, 1),
        ]);
    }

    [Test]
    public void Too_small_a_span_for_the_record_words_is_refused()
    {
        Should.Throw<ArgumentException>(() => NameComparator.Compare(Name("a b", "c"), Name("a", "c"), new TokenAgreement[2]));
    }

    [Test]
    public void Comparing_names_already_seen_allocates_nothing()
    {
        var comparator = new NameComparator();
        var record = Record(name: Name("tesfaye abdul rahman", "gebre medhin"));
        var subject = Subject(name: Name("tesfay abdelrahman", "gebremedhin haile"));
        var agreed = new TokenAgreement[record.Name.Tokens.Count];
        comparator.Compare(record, subject, agreed);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            comparator.Compare(record, subject, agreed);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
    }

    [Test]
    public void Every_level_the_comparator_returns_is_one_it_lists()
    {
        new NameComparator().Levels.ShouldBe(["exact", "variant", "subset", "fuzzy", "partial", "mixed", "different", "missing"]);
    }

    /// <summary>"forenames | surnames" through the normaliser's split fields, or a full name through its splitter.</summary>
    private static PersonName Parse(string text)
    {
        var bar = text.IndexOf('|');
        return bar < 0
            ? NameNormaliser.Normalise(null, null, text)
            : NameNormaliser.Normalise(text[..bar], text[(bar + 1)..], null);
    }
}
