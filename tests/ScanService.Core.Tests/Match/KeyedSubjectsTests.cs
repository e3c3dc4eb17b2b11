using System.Globalization;
using ScanService.Match;
using ScanService.Match.Blocking;
using ScanService.Model;
using ScanService.Normalise;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match;

/// <summary>
/// The subject index is looked up by a hash of each key's text, written in a reused buffer: it must find exactly
/// the subjects the keys as strings found, whatever hashes the keys share.
/// </summary>
public class KeyedSubjectsTests
{
    private static readonly string[] Forenames = ["mohammed", "arben", "van minh", "klodiana", "tesfay", "maria", "abdul rahman"];
    private static readonly string[] Surnames = ["ahmed", "krasniqi", "nguyen", "xhaferi", "gebremedhin", "smith", "ali"];

    private static Subject[] People(int count) => [.. Enumerable.Range(0, count).Select(i =>
    {
        var subject = Subject($"S{i}",
            name: Name(Forenames[i % Forenames.Length], Surnames[(i / 3) % Surnames.Length]),
            dob: i % 5 == 0 ? DateOfBirth.YearOnly(1980 + (i % 9)) : new DateOfBirth(1980 + (i % 9), 1 + (i % 12), 1 + (i % 28)),
            phones: [$"+4477009{i % 11:00000}"],
            address: AddressParser.Parse($"{i % 4 + 1} {(i % 2 == 0 ? "Oldham Road" : "Cheetham Hill Road")}, Manchester", i % 3 == 0 ? null : "M4 5EA"));
        subject.Identifiers.Add(new PersonIdentifier("nino", $"QQ12{i % 6:0000}C"));
        return subject;
    })];

    private static Dictionary<string, int[]> FiledAsStrings(IBlocker blocker, IReadOnlyList<Subject> subjects)
    {
        var filed = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < subjects.Count; i++)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            blocker.AddKeys(subjects[i], keys);
            foreach (var key in keys)
            {
                (filed.TryGetValue(key, out var list) ? list : filed[key] = []).Add(i);
            }
        }

        return filed.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);
    }

    [TestCase(64)]
    [TestCase(3)]
    [TestCase(0)]
    public void Every_key_finds_exactly_the_subjects_filed_under_its_text_however_many_keys_share_a_hash(int hashBits)
    {
        var subjects = People(120);
        foreach (var blocker in BlockerCatalog.All)
        {
            var expected = FiledAsStrings(blocker, subjects);
            var filed = KeyedSubjects.Build(blocker, subjects, hashBits);

            expected.Count.ShouldBeGreaterThan(3, blocker.Name);
            filed.Count.ShouldBe(expected.Count, blocker.Name);
            foreach (var (key, list) in expected)
            {
                filed.TryGet(key.AsSpan(), out var found).ShouldBeTrue(key);
                found.ShouldBe(list, customMessage: key);
            }

            foreach (var (key, _) in expected.Take(20))
            {
                filed.TryGet(key + "x", out var none).ShouldBe(expected.ContainsKey(key + "x"), key + "x");
                filed.TryGet(key[..^1], out _).ShouldBe(expected.ContainsKey(key[..^1]), key[..^1]);
            }
        }
    }

    [Test]
    public void Looking_a_records_keys_up_as_they_are_written_finds_what_the_keys_as_strings_find()
    {
        var subjects = People(120);
        var records = People(60).Select((s, i) => new PersonRecord
        {
            Source = "nrm-referrals",
            RecordId = $"R{i}",
            Line = i + 2,
            Name = i % 7 == 0 ? Name("", Surnames[i % Surnames.Length]) : s.Names[0],
            DateOfBirth = s.DatesOfBirth[0],
            Phones = [.. s.Phones],
            Address = s.Addresses[0],
            Identifiers = [.. s.Identifiers],
        }).ToArray();
        var index = new SubjectIndex(subjects);
        var lookup = new CandidateKeys(new CandidateSet(subjects.Length));
        var slow = new CandidateSet(subjects.Length);
        var found = 0;
        foreach (var record in records)
        {
            foreach (var blocker in BlockerCatalog.All)
            {
                lookup.Candidates.StartRecord();
                slow.StartRecord();

                index.AddCandidates(blocker, record, lookup);
                index.AddCandidates(blocker, record, [], slow);

                lookup.Candidates.Members.ShouldBe(slow.Members, $"{record.RecordId} {blocker.Name}");
                found += slow.Count;
            }
        }

        found.ShouldBeGreaterThan(records.Length * 5);
    }

    [TestCase(64)]
    [TestCase(3)]
    [TestCase(0)]
    public void A_records_keys_looked_up_together_find_what_each_key_alone_finds_however_many_share_a_hash(int hashBits)
    {
        var subjects = People(120);
        var indexes = BlockerCatalog.All.Select(b => KeyedSubjects.Build(b, subjects, hashBits)).ToArray();
        // People no subject shares a key with: other names, dates, phones, numbers and streets.
        var strangers = Enumerable.Range(0, 60).Select(i => new PersonRecord
        {
            Source = "nrm-referrals",
            RecordId = $"X{i}",
            Line = i + 2,
            Name = Name("zygmunt", $"quorra{(char)('a' + (i % 26))}"),
            DateOfBirth = new DateOfBirth(1930 + (i % 5), 2, 3 + i % 20),
            Phones = [$"+4477008{i:00000}"],
            Address = AddressParser.Parse($"{i + 40} Quayside, Leeds", "LS1 4AB"),
            Identifiers = [new PersonIdentifier("passport", $"P{i:00000000}")],
        });
        var batch = new KeyBatch();
        int found = 0, missing = 0;
        foreach (var record in People(60).Select(AsRecord).Concat(strangers))
        {
            // Every blocker's keys in one batch, as the matcher writes them, then each key looked up on its own.
            batch.Clear();
            var firstKey = new int[indexes.Length + 1];
            for (var b = 0; b < indexes.Length; b++)
            {
                firstKey[b] = batch.Count;
                batch.Index = indexes[b];
                BlockerCatalog.All[b].WriteKeys(record, batch);
            }

            firstKey[^1] = batch.Count;
            batch.Resolve();
            for (var b = 0; b < indexes.Length; b++)
            {
                var keys = new List<string>();
                BlockerCatalog.All[b].AddKeys(record, keys);
                (firstKey[b + 1] - firstKey[b]).ShouldBe(keys.Count);
                for (var k = 0; k < keys.Count; k++)
                {
                    var expected = indexes[b].TryGet(keys[k], out var subjectsOfKey) ? subjectsOfKey : [];
                    batch.Found(firstKey[b] + k).ShouldBe(expected, $"{record.RecordId} {keys[k]}");
                    found += expected.Length > 0 ? 1 : 0;
                    missing += expected.Length > 0 ? 0 : 1;
                }
            }
        }

        found.ShouldBeGreaterThan(300);
        missing.ShouldBeGreaterThan(300);
    }

    private static PersonRecord AsRecord(Subject s, int i) => new()
    {
        Source = "nrm-referrals",
        RecordId = $"R{i}",
        Line = i + 2,
        Name = s.Names[0],
        DateOfBirth = s.DatesOfBirth[0],
        Phones = [.. s.Phones],
        Address = s.Addresses[0],
        Identifiers = [.. s.Identifiers],
    };

    [Test]
    public void A_date_key_is_the_date_as_it_is_printed()
    {
        var keys = new List<string>();
        BlockerCatalog.DateOfBirth.AddKeys(Record(dob: new DateOfBirth(1994, 3, 7)), keys);
        BlockerCatalog.DateOfBirth.AddKeys(Record(dob: new DateOfBirth(987, 11, 30)), keys);

        keys.ShouldBe(["1994-03-07", "1994-07-03", "0987-11-30"]);
        keys[0].ShouldBe(new DateOfBirth(1994, 3, 7).ToString());
    }

    [Test]
    public void A_number_is_written_with_the_digits_its_format_asks_for()
    {
        var keys = new List<string>();
        var writer = new CollectingKeyWriter(keys);
        foreach (var (value, digits) in new[] { (7, 2), (12, 2), (5, 4), (12345, 4), (0, 1) })
        {
            writer.Start().Append("n").Append(value, digits).End();
        }

        keys.ShouldBe(["n07", "n12", "n0005", "n12345", "n0"]);
        keys.ShouldBe(new[] { (7, "00"), (12, "00"), (5, "0000"), (12345, "0000"), (0, "0") }.Select(p => "n" + p.Item1.ToString(p.Item2, CultureInfo.InvariantCulture)));
    }

    [Test]
    public void A_long_key_grows_the_buffer_it_is_written_in()
    {
        var keys = new List<string>();
        var writer = new CollectingKeyWriter(keys);
        var longText = new string('a', 300);

        writer.Start().Append(longText).Append('|').Append(longText).End();
        writer.Start().Append("short").End();

        keys.ShouldBe([longText + "|" + longText, "short"]);
    }

    [Test]
    public void Phone_hashes_say_two_sides_share_no_number_only_when_they_share_none()
    {
        var numbers = Enumerable.Range(0, 5).Select(i => $"+44770090{i:0000}").ToArray();
        var sides = from count in Enumerable.Range(0, 4)
                    from start in Enumerable.Range(0, 3)
                    select numbers.Skip(start).Take(count).ToArray();
        var certain = 0;
        foreach (var record in sides)
        {
            foreach (var subject in sides)
            {
                var shareNone = PhoneHashes.Of(record).ShareNone(PhoneHashes.Of(new HashSet<string>(subject)));
                if (shareNone)
                {
                    record.Intersect(subject).ShouldBeEmpty();
                    certain++;
                }
                else if (record.Length <= 2 && subject.Length <= 2)
                {
                    record.Intersect(subject).ShouldNotBeEmpty();
                }
            }
        }

        certain.ShouldBeGreaterThan(10);
    }
}
