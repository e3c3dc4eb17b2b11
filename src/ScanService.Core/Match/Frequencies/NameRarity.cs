using ScanService.Match.Names;
using ScanService.Model;

namespace ScanService.Match.Frequencies;

/// <summary>
/// The term-frequency adjustment of a name agreement: the mean rarity of the record's words that agreed, as the
/// name comparator paired them. Taking the mean (not the sum) keeps a long name from counting twice for what is
/// largely one fact. Typos and initials are left out: a misspelt word is "rare" only because it is misspelt.
/// </summary>
public static class NameRarity
{
    public static double MeanRarity(PersonName record, ReadOnlySpan<TokenAgreement> agreements, TokenFrequencies frequencies)
    {
        var tokens = record.Tokens;
        double sum = 0;
        var counted = 0;
        for (var i = 0; i < agreements.Length && i < tokens.Count; i++)
        {
            if (agreements[i].Kind is TokenAgreementKind.None or TokenAgreementKind.Typo or TokenAgreementKind.Initial || tokens[i].Length < 2)
            {
                continue;
            }

            sum += frequencies.Rarity(tokens[i]);
            counted++;
        }

        return counted == 0 ? 0 : sum / counted;
    }
}
