using System.Globalization;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.Names;

/// <summary>
/// Reads one name-list resource (Names/Data/*.txt).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>'#' starts a comment line. '@directive value' sets a culture fact: population, structure, nationality
/// (label:weight; …), phone-country (code and leading digit), middle, hyphenated, given-two, jan1 (rates), and
/// prefix-male (rate and a name).</item>
/// <item>'[male]', '[female]', '[surname]', '[middle-male]', '[middle-female]' start a section.</item>
/// <item>An entry is '[weight ]Native|Variant|…~Nickname~…'. A surname may add '>Feminine/OtherFeminine'.
/// Entries are listed most common first; without a weight, the entry at rank r weighs 100/r^0.65, a Zipf-like
/// curve, so the head names are very common and the tail rare, as in real populations.</item>
/// </list>
/// </remarks>
internal static class CultureFileParser
{
    // Flatter than a classic Zipf: each list holds only the head of a real distribution, so a steeper curve
    // would make the first name absurdly common (Smith a third of all British surnames).
    private const double ZipfExponent = 0.65;

    public static Culture Parse(string key, string text)
    {
        var directives = new Dictionary<string, string>(StringComparer.Ordinal);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('@'))
            {
                var space = line.IndexOf(' ');
                if (space < 0)
                {
                    throw Error(key, lineNumber, "a directive needs a value");
                }

                directives[line[1..space]] = line[(space + 1)..].Trim();
            }
            else if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = [];
                sections[line[1..^1]] = current;
            }
            else
            {
                (current ?? throw Error(key, lineNumber, "an entry before any [section]")).Add(line);
            }
        }

        var phone = directives.GetValueOrDefault("phone-country")?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var prefix = directives.GetValueOrDefault("prefix-male")?.Split(' ', 2);
        return new Culture
        {
            Key = key,
            Structure = ParseStructure(key, directives.GetValueOrDefault("structure") ?? "western"),
            Population = Rate(directives, "population", 1),
            Nationalities = ParseNationalities(directives.GetValueOrDefault("nationality") ?? key),
            PhoneCountryCode = phone?[0],
            PhoneLeadingDigit = phone is { Length: > 1 } ? phone[1][0] : '7',
            MiddleNameRate = Rate(directives, "middle", 0),
            HyphenatedRate = Rate(directives, "hyphenated", 0),
            TwoGivenNamesRate = Rate(directives, "given-two", 0),
            // Slightly above the natural 1 in 365: some official dates are assigned when the real one is unknown.
            JanuaryFirstRate = Rate(directives, "jan1", 0.006),
            MalePrefix = prefix is { Length: 2 } ? ParseEntry(prefix[1]) : null,
            MalePrefixRate = prefix is { Length: 2 } ? double.Parse(prefix[0], CultureInfo.InvariantCulture) : 0,
            MaleGiven = Pool(Require(key, sections, "male"), ParseEntry),
            FemaleGiven = Pool(Require(key, sections, "female"), ParseEntry),
            MaleMiddle = sections.TryGetValue("middle-male", out var mm) ? Pool(mm, ParseEntry) : null,
            FemaleMiddle = sections.TryGetValue("middle-female", out var fm) ? Pool(fm, ParseEntry) : null,
            Surnames = sections.TryGetValue("surname", out var s) && s.Count > 0 ? Pool(s, ParseSurname) : null,
        };
    }

    private static WeightedPool<T> Pool<T>(List<string> lines, Func<string, T> parse)
        where T : notnull
    {
        var entries = new List<(T, double)>(lines.Count);
        for (var rank = 1; rank <= lines.Count; rank++)
        {
            var line = lines[rank - 1];
            var weight = 100 / Math.Pow(rank, ZipfExponent);
            var space = line.IndexOf(' ');
            if (space > 0 && line.AsSpan(0, space).ContainsAnyExceptInRange('0', '9') is false)
            {
                weight = double.Parse(line.AsSpan(0, space), CultureInfo.InvariantCulture);
                line = line[(space + 1)..].Trim();
            }

            entries.Add((parse(line), weight));
        }

        return new WeightedPool<T>(entries);
    }

    private static Surname ParseSurname(string text)
    {
        var parts = text.Split('>', 2);
        var female = parts.Length == 2 ? parts[1].Split('/').Select(ParseEntry).ToArray() : [];
        return new Surname(ParseEntry(parts[0]), female);
    }

    private static NameEntry ParseEntry(string text)
    {
        var nick = text.Split('~');
        var spellings = nick[0].Split('|');
        return new NameEntry(spellings[0].Trim(), [.. spellings.Skip(1).Select(v => v.Trim())], [.. nick.Skip(1).Select(n => n.Trim())]);
    }

    private static WeightedPool<string> ParseNationalities(string text) => new(
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(label =>
        {
            var colon = label.LastIndexOf(':');
            return colon < 0 ? (label, 1.0) : (label[..colon].Trim(), double.Parse(label[(colon + 1)..], CultureInfo.InvariantCulture));
        }));

    private static NameStructure ParseStructure(string key, string value) => value switch
    {
        "western" => NameStructure.Western,
        "family-first" => NameStructure.FamilyFirst,
        "vietnamese" => NameStructure.Vietnamese,
        "patronymic" => NameStructure.Patronymic,
        "double-surname" => NameStructure.DoubleSurname,
        _ => throw new FormatException($"name list '{key}': unknown structure '{value}'"),
    };

    private static double Rate(Dictionary<string, string> directives, string name, double fallback) =>
        directives.TryGetValue(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static List<string> Require(string key, Dictionary<string, List<string>> sections, string name) =>
        sections.TryGetValue(name, out var lines) && lines.Count > 0
            ? lines
            : throw new FormatException($"name list '{key}': section [{name}] is missing or empty");

    private static FormatException Error(string key, int line, string message) => new($"name list '{key}', line {line}: {message}");
}
