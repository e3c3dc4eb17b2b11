using ScanService.Synthetic.Names;
using ScanService.Synthetic.People;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.Rendering;

/// <summary>A name as one record holds it, split into the two fields.</summary>
internal readonly record struct RenderedName(string Forename, string Surname)
{
    public bool IsFull => Forename.Length > 0 && Surname.Length > 0;
}

/// <summary>The ways a full_name column is written, by the source's convention.</summary>
internal enum FullNameStyle
{
    ForenameSurname,
    ForenameUpperSurname,
    UpperSurnameForename,
    UpperSurnameCommaForename,
    SurnameCommaForename,
    AllCaps,
}

/// <summary>Writes a true name the way one record would: respelt, slipped, reordered and cased.</summary>
internal static class NameRenderer
{
    private static readonly string[] FemaleTitles = ["Mrs", "Miss", "Ms"];

    public static RenderedName Render(TrueName name, Culture culture, NameMess mess, Random random, MessTally? tally)
    {
        var parts = NameLayout.Arrange(name, culture, mess.MiddleKept, random, tally);
        Respell(parts, name, mess, random, tally);
        var fore = Join(parts.Fore, " ");
        var sur = Join(parts.Sur, parts.SurnameJoiner);
        var familyFirst = culture.Structure is NameStructure.FamilyFirst or NameStructure.Vietnamese;
        if (random.Chance(familyFirst ? Math.Min(0.5, mess.Swap * 5) : mess.Swap))
        {
            (fore, sur) = (sur, fore);
            tally?.Add(MessKind.ForenameSurnameSwapped);
        }

        return new RenderedName(fore, sur);
    }

    /// <summary>The split name cased for forename and surname columns, now and then all typed into one of them.</summary>
    public static RenderedName CaseForColumns(RenderedName name, NameMess mess, Random random, MessTally? tally)
    {
        var cased = Case(name, mess, random, tally);
        if (!cased.IsFull || !random.Chance(mess.OneField))
        {
            return cased;
        }

        tally?.Add(MessKind.NameInOneField);
        var whole = $"{cased.Forename} {cased.Surname}";
        return random.Chance(0.8) ? new RenderedName(whole, string.Empty) : new RenderedName(string.Empty, whole);
    }

    private static RenderedName Case(RenderedName name, NameMess mess, Random random, MessTally? tally)
    {
        if (random.Chance(mess.AllCaps))
        {
            tally?.Add(MessKind.AllCapitals);
            return new RenderedName(name.Forename.ToUpperInvariant(), name.Surname.ToUpperInvariant());
        }

        if (random.Chance(mess.UpperSurname))
        {
            tally?.Add(MessKind.UpperCaseSurname);
            return name with { Surname = name.Surname.ToUpperInvariant() };
        }

        return name;
    }

    /// <summary>The name written into one full_name column.</summary>
    public static string FullName(RenderedName name, FullNameStyle style, Culture culture, Gender gender, NameMess mess, Random random, MessTally? tally)
    {
        var written = FullName(name, style, culture, random, tally);
        if (style is not (FullNameStyle.ForenameSurname or FullNameStyle.ForenameUpperSurname) || !random.Chance(mess.Title))
        {
            return written;
        }

        tally?.Add(MessKind.TitleAdded);
        var title = gender == Gender.Male ? "Mr" : random.Pick(FemaleTitles);
        return $"{title} {written}";
    }

    private static string FullName(RenderedName name, FullNameStyle style, Culture culture, Random random, MessTally? tally)
    {
        tally?.Add(MessKind.FullNameOnly);
        var (fore, sur) = (name.Forename, name.Surname);
        if (fore.Length == 0 || sur.Length == 0)
        {
            return (fore + " " + sur).Trim();
        }

        switch (style)
        {
            case FullNameStyle.ForenameUpperSurname:
                tally?.Add(MessKind.UpperCaseSurname);
                return $"{fore} {sur.ToUpperInvariant()}";
            case FullNameStyle.UpperSurnameForename:
                tally?.Add(MessKind.UpperCaseSurname);
                return $"{sur.ToUpperInvariant()} {fore}";
            case FullNameStyle.UpperSurnameCommaForename:
                tally?.Add(MessKind.UpperCaseSurname);
                tally?.Add(MessKind.FullNameSurnameComma);
                return $"{sur.ToUpperInvariant()}, {fore}";
            case FullNameStyle.SurnameCommaForename:
                tally?.Add(MessKind.FullNameSurnameComma);
                return $"{sur}, {fore}";
            case FullNameStyle.AllCaps:
                tally?.Add(MessKind.AllCapitals);
                return $"{fore} {sur}".ToUpperInvariant();
            default:
                // Chinese and Vietnamese names are often typed in their own order, family name first, in plain case.
                if (culture.Structure is NameStructure.FamilyFirst or NameStructure.Vietnamese && random.Chance(0.35))
                {
                    tally?.Add(MessKind.ForenameSurnameSwapped);
                    return $"{sur} {fore}";
                }

                return $"{fore} {sur}";
        }
    }

    /// <summary>Only a forename, as callers to a helpline often give it.</summary>
    public static string ForenameOnly(TrueName name, NameMess mess, Random random)
    {
        var text = name.CallName.Native;
        if (random.Chance(mess.DropDiacritics))
        {
            text = Diacritics.Strip(text);
        }

        return random.Next(4) switch
        {
            0 => text + " (surname unknown)",
            1 => text + "?",
            _ => text,
        };
    }

    private static void Respell(NameParts parts, TrueName name, NameMess mess, Random random, MessTally? tally)
    {
        if (random.Chance(mess.Variant) && PickToken(parts, t => t.Entry.Variants.Length > 0, random) is { } respelt)
        {
            respelt.Text = random.Pick(respelt.Entry.Variants);
            tally?.Add(MessKind.SpellingVariant);
        }

        if (random.Chance(mess.Nickname) && parts.Fore.Find(t => t.Entry == name.CallName) is { Entry.Nicknames.Length: > 0 } called)
        {
            called.Text = random.Pick(called.Entry.Nicknames);
            tally?.Add(MessKind.Nickname);
        }

        if (random.Chance(mess.Typo) && PickToken(parts, t => t.Text.Length >= 4, random) is { } slipped)
        {
            slipped.Text = Typos.Apply(slipped.Text, random);
            tally?.Add(MessKind.Typo);
        }

        if (random.Chance(mess.DropDiacritics) && (parts.Fore.Exists(t => Diacritics.HasAny(t.Text)) || parts.Sur.Exists(t => Diacritics.HasAny(t.Text))))
        {
            StripAll(parts.Fore);
            StripAll(parts.Sur);
            tally?.Add(MessKind.DiacriticsDropped);
        }
    }

    /// <summary>One token, uniformly among those that qualify, or null when none does.</summary>
    private static NameToken? PickToken(NameParts parts, Predicate<NameToken> qualifies, Random random)
    {
        var count = parts.Fore.FindAll(qualifies).Count + parts.Sur.FindAll(qualifies).Count;
        if (count == 0)
        {
            return null;
        }

        var chosen = random.Next(count);
        foreach (var token in parts.Fore.Concat(parts.Sur))
        {
            if (qualifies(token) && chosen-- == 0)
            {
                return token;
            }
        }

        return null;
    }

    private static void StripAll(List<NameToken> tokens)
    {
        foreach (var token in tokens)
        {
            token.Text = Diacritics.Strip(token.Text);
        }
    }

    private static string Join(List<NameToken> tokens, string separator) => tokens.Count switch
    {
        0 => string.Empty,
        1 => tokens[0].Text,
        2 => string.Concat(tokens[0].Text, separator, tokens[1].Text),
        _ => string.Join(separator, tokens.ConvertAll(t => t.Text)),
    };
}
