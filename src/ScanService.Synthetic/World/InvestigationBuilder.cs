using System.Globalization;
using ScanService.Synthetic.People;
using ScanService.Synthetic.Places;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.World;

/// <summary>Creates the investigations: status, team, home town, cultures, shared premises and controllers' phones.</summary>
internal sealed class InvestigationBuilder(AddressSpace addresses, Phones.PhoneBook phones, PersonFactory people, DateOnly runDate)
{
    // About one investigation in twelve is closed; its subjects still turn up in partner data.
    private const double ClosedShare = 0.08;

    private static readonly double[] ThemeWeights = [30, 25, 20, 15, 10];

    public IReadOnlyList<Investigation> Build(int count, Random random, HashSet<long> takenPremises)
    {
        var closed = ClosedIndexes(count, random);
        var list = new List<Investigation>(count);
        var width = Math.Max(4, count.ToString(CultureInfo.InvariantCulture).Length);
        for (var i = 0; i < count; i++)
        {
            var isOpen = !closed.Contains(i);
            var theme = (Theme)random.PickIndex(ThemeWeights);
            var openedOn = runDate.AddDays(-(isOpen ? random.Between(20, 1100) : random.Between(400, 2200)));
            var town = addresses.PickTown(random);
            var first = people.Catalog.Population.Pick(random);
            var second = random.Chance(0.35) ? people.Catalog.Population.Pick(random) : first;
            var investigation = new Investigation
            {
                Index = i,
                Ref = string.Create(CultureInfo.InvariantCulture, $"INV-{openedOn.Year}-{(i + 1).ToString("D" + width, CultureInfo.InvariantCulture)}"),
                OperationName = InvestigationNaming.OperationName(i),
                IsOpen = isOpen,
                Theme = theme,
                Team = InvestigationNaming.Team(theme, random),
                Officer = InvestigationNaming.Officer(random, people.Catalog.British.Surnames!.Pick(random).Male.Native),
                OpenedOn = openedOn,
                Town = town,
                Cultures = first == second ? [first] : [first, second],
            };
            AddPremises(investigation, random, takenPremises);
            AddSharedPhones(investigation, random);
            list.Add(investigation);
        }

        return list;
    }

    private static HashSet<int> ClosedIndexes(int count, Random random)
    {
        var closed = new HashSet<int>();
        var wanted = count >= 5 ? Math.Max(1, (int)Math.Round(count * ClosedShare)) : 0;
        while (closed.Count < wanted)
        {
            closed.Add(random.Next(count));
        }

        return closed;
    }

    private void AddPremises(Investigation investigation, Random random, HashSet<long> taken)
    {
        var (homes, businessChance) = investigation.Theme switch
        {
            Theme.Labour => (random.Chance(0.5) ? 1 : 0, 1.0),
            Theme.Sexual => (random.Between(1, 2), 0.4),
            Theme.Cannabis => (random.Between(1, 3), 0.0),
            Theme.Criminal => (random.Between(1, 2), 0.2),
            _ => (1, 0.0),
        };

        if (random.Chance(businessChance))
        {
            var business = BusinessNames.Create(random, investigation.Theme);
            investigation.Premises.Add(new SubjectAddress(FreePremises(investigation.Town, random, taken, house: true), business.Name));
        }

        for (var i = 0; i < homes; i++)
        {
            investigation.Premises.Add(new SubjectAddress(FreePremises(investigation.Town, random, taken, house: false), null));
        }
    }

    private void AddSharedPhones(Investigation investigation, Random random)
    {
        var count = random.Chance(0.7) ? 1 : 2;
        var diallingCode = addresses.Towns[investigation.Town].DiallingCode;
        for (var i = 0; i < count; i++)
        {
            if (phones.AllocateSubjectUk(random, diallingCode, business: false) is { } number)
            {
                investigation.SharedPhones.Add(number);
            }
        }
    }

    /// <summary>Premises no subject uses yet; businesses are whole buildings, not flats.</summary>
    public Premises FreePremises(int? town, Random random, HashSet<long> taken, bool house)
    {
        for (var attempt = 0; ; attempt++)
        {
            var premises = addresses.RandomPremises(random, attempt < 50 ? town : null);
            if ((!house || !premises.HasFlat) && taken.Add(premises.Key))
            {
                return premises;
            }
        }
    }
}
