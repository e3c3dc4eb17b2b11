using ScanService.Synthetic.Names;
using ScanService.Synthetic.People;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.Rendering;

/// <summary>
/// Decides which parts of a name a record keeps and which field each goes into, by the name's structure: the
/// ways UK systems actually record Vietnamese, Eritrean, Pakistani or Spanish names.
/// </summary>
internal static class NameLayout
{
    public static NameParts Arrange(TrueName name, Culture culture, double middleKept, Random random, MessTally? tally)
    {
        var parts = new NameParts();
        switch (culture.Structure)
        {
            case NameStructure.Patronymic:
                Patronymic(name, parts, random, tally);
                break;
            case NameStructure.Vietnamese:
                Vietnamese(name, parts, middleKept, random, tally);
                break;
            default:
                Given(name, parts, random, tally);
                Middle(name, parts, middleKept, random, tally);
                Family(name, culture.Structure, parts, random, tally);
                break;
        }

        return parts;
    }

    private static void Given(TrueName name, NameParts parts, Random random, MessTally? tally)
    {
        if (!name.HasPrefix)
        {
            parts.Fore.AddRange(name.Given.Select(g => new NameToken(g)));
            return;
        }

        // Muhammad Imran: often recorded as Imran alone, sometimes as Muhammad alone.
        var roll = random.NextDouble();
        if (roll < 0.3)
        {
            parts.Fore.Add(new NameToken(name.Given[1]));
            tally?.Add(MessKind.NamePartDropped);
        }
        else if (roll < 0.38)
        {
            parts.Fore.Add(new NameToken(name.Given[0]));
            tally?.Add(MessKind.NamePartDropped);
        }
        else
        {
            parts.Fore.AddRange(name.Given.Select(g => new NameToken(g)));
        }
    }

    private static void Middle(TrueName name, NameParts parts, double middleKept, Random random, MessTally? tally)
    {
        if (name.Middle.Length == 0)
        {
            return;
        }

        if (random.Chance(middleKept))
        {
            parts.Fore.AddRange(name.Middle.Select(m => new NameToken(m)));
        }
        else
        {
            tally?.Add(MessKind.MiddleNameDropped);
        }
    }

    private static void Family(TrueName name, NameStructure structure, NameParts parts, Random random, MessTally? tally)
    {
        if (name.Family.Length < 2)
        {
            parts.Sur.AddRange(name.Family.Select(f => new NameToken(f)));
            return;
        }

        // Double-barrelled British names keep their hyphen most often; Spanish double surnames are written apart.
        ReadOnlySpan<double> weights = name.Hyphenated ? [60, 15, 15, 10] : [10, 55, 30, 5];
        var choice = random.PickIndex(weights);
        var canonical = name.Hyphenated ? 0 : 1;
        switch (choice)
        {
            case 0 or 1:
                parts.Sur.AddRange(name.Family.Select(f => new NameToken(f)));
                parts.SurnameJoiner = choice == 0 ? "-" : " ";
                break;
            case 2:
                parts.Sur.Add(new NameToken(name.Family[0]));
                break;
            default:
                parts.Sur.Add(new NameToken(name.Family[1]));
                break;
        }

        if (choice != canonical)
        {
            tally?.Add(MessKind.DoubleSurnameChanged);
        }
    }

    private static void Vietnamese(TrueName name, NameParts parts, double middleKept, Random random, MessTally? tally)
    {
        var family = new NameToken(name.Family[0]);
        var given = new NameToken(name.Given[0]);
        var roll = random.NextDouble();
        if (roll < middleKept + 0.25)
        {
            // Forename "Văn Minh", surname "Nguyễn": the usual UK recording.
            parts.Fore.AddRange(name.Middle.Select(m => new NameToken(m)));
            parts.Fore.Add(given);
            parts.Sur.Add(family);
        }
        else if (roll < middleKept + 0.45)
        {
            // Forename "Minh", surname "Nguyen Van": the middle name read as part of the family name.
            parts.Fore.Add(given);
            parts.Sur.Add(family);
            parts.Sur.AddRange(name.Middle.Select(m => new NameToken(m)));
            tally?.Add(MessKind.NamePartsRegrouped);
        }
        else
        {
            parts.Fore.Add(given);
            parts.Sur.Add(family);
            tally?.Add(MessKind.MiddleNameDropped);
        }
    }

    private static void Patronymic(TrueName name, NameParts parts, Random random, MessTally? tally)
    {
        var given = new NameToken(name.Given[0]);
        var father = new NameToken(name.Patronyms[0]);
        var grandfather = new NameToken(name.Patronyms[1]);
        var roll = random.NextDouble();
        parts.Fore.Add(given);
        if (roll < 0.4)
        {
            parts.Sur.Add(father);
            parts.Sur.Add(grandfather);
        }
        else if (roll < 0.75)
        {
            // The father's name taken for a surname, the grandfather's left out.
            parts.Sur.Add(father);
            tally?.Add(MessKind.NamePartDropped);
        }
        else
        {
            // The father's name folded into the forename, the grandfather's taken for the surname.
            parts.Fore.Add(father);
            parts.Sur.Add(grandfather);
            tally?.Add(MessKind.NamePartsRegrouped);
        }
    }
}
