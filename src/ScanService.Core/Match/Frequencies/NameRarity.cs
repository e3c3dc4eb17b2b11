using ScanService.Match.Text;
using ScanService.Model;

namespace ScanService.Match.Frequencies;

/// <summary>
/// The term-frequency adjustment of a name agreement: the mean rarity of the record's words that agree with a
/// word the subject is known by. Taking the mean (not the sum) keeps a long name from counting twice for
/// what is largely one fact.
/// </summary>
public static class NameRarity
{
    private const double Agrees = 0.9;

    public static double MeanRarity(PersonName record, Subject subject, TokenFrequencies frequencies)
    {
        double sum = 0;
        var agreed = 0;
        foreach (var token in record.AllTokens)
        {
            if (token.Length < 2 || !HasCounterpart(token, subject))
            {
                continue;
            }

            sum += frequencies.Rarity(token);
            agreed++;
        }

        return agreed == 0 ? 0 : sum / agreed;
    }

    private static bool HasCounterpart(string token, Subject subject)
    {
        foreach (var name in subject.Names)
        {
            foreach (var known in name.AllTokens)
            {
                if (known == token || JaroWinkler.Similarity(known, token) >= Agrees)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
