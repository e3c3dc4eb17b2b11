using System.Globalization;
using ScanService.Synthetic.Names;
using ScanService.Synthetic.People;
using ScanService.Synthetic.Phones;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.World;

/// <summary>
/// Creates the subjects: who they are, which investigations they belong to, and the premises and phones the
/// unit knows for them. Co-subjects share premises and controllers' phones, as real networks do.
/// </summary>
internal sealed class SubjectBuilder(InvestigationBuilder investigations, PhoneBook phones, PersonFactory people)
{
    private static readonly double[] PhoneCounts = [0.22, 0.55, 0.18, 0.05];

    public IReadOnlyList<Subject> Build(int count, IReadOnlyList<Investigation> cases, Random random, HashSet<long> taken)
    {
        var sizes = new WeightedPool<Investigation>(cases.Select(c => (c, 0.4 + 6 * Math.Pow(random.NextDouble(), 3))));
        var width = Math.Max(4, count.ToString(CultureInfo.InvariantCulture).Length);
        var subjects = new List<Subject>(count);
        for (var i = 0; i < count; i++)
        {
            // The first subject of every investigation is its main suspect, so none is left without one.
            var investigation = i < cases.Count ? cases[i] : sizes.Pick(random);
            var role = i < cases.Count ? SubjectRole.Suspect : PickRole(investigation.Theme, random);
            var culture = random.Chance(0.75) ? random.Pick(investigation.Cultures) : people.Catalog.Population.Pick(random);
            var person = people.Create(random, role == SubjectRole.Victim ? AgeBand.Victim : AgeBand.Suspect, culture);
            var subject = new Subject
            {
                Id = i,
                Ref = "SUB-" + (i + 1).ToString("D" + width, CultureInfo.InvariantCulture),
                Person = person,
                Activity = random.Chance(0.25) ? 6 : 1,
            };
            subject.Memberships.Add(new Membership(investigation, role));
            if (cases.Count > 1 && random.Chance(0.05))
            {
                var other = random.Pick(cases);
                if (other != investigation)
                {
                    subject.Memberships.Add(new Membership(other, PickRole(other.Theme, random)));
                }
            }

            AddAddresses(subject, investigation, role, random, taken);
            AddPhones(subject, investigation, role, i < cases.Count, random);
            RecordBirth(subject, role, random);
            subject.Email = random.Chance(0.2) ? EmailAddresses.For(person, random) : null;
            subject.Alias = random.Chance(0.05) ? people.Alias(person, random) : null;
            subjects.Add(subject);
        }

        return subjects;
    }

    private static SubjectRole PickRole(Theme theme, Random random)
    {
        var victims = theme is Theme.Labour or Theme.Sexual ? 0.55 : 0.45;
        var roll = random.NextDouble();
        return roll < victims ? SubjectRole.Victim : roll < victims + 0.3 ? SubjectRole.Suspect : SubjectRole.Associate;
    }

    private void AddAddresses(Subject subject, Investigation investigation, SubjectRole role, Random random, HashSet<long> taken)
    {
        // Victims often have no fixed abode on the unit's records.
        if (random.Chance(role == SubjectRole.Victim ? 0.1 : 0.05))
        {
            return;
        }

        var shared = role switch
        {
            SubjectRole.Victim => 0.6,
            SubjectRole.Suspect => 0.35,
            _ => 0.25,
        };
        if (investigation.Premises.Count > 0 && random.Chance(shared))
        {
            subject.Addresses.Add(random.Pick(investigation.Premises));
        }
        else
        {
            var town = random.Chance(0.8) ? investigation.Town : (int?)null;
            subject.Addresses.Add(new SubjectAddress(investigations.FreePremises(town, random, taken, house: false), null));
        }

        if (random.Chance(0.12))
        {
            subject.Addresses.Add(new SubjectAddress(investigations.FreePremises(investigation.Town, random, taken, house: false), null));
        }
    }

    private void AddPhones(Subject subject, Investigation investigation, SubjectRole role, bool mainSuspect, Random random)
    {
        if (mainSuspect)
        {
            subject.Phones.AddRange(investigation.SharedPhones);
        }
        else if (investigation.SharedPhones.Count > 0 && random.Chance(role == SubjectRole.Victim ? 0.2 : 0.1))
        {
            subject.Phones.Add(random.Pick(investigation.SharedPhones));
        }

        var british = subject.Person.Culture.PhoneCountryCode is null;
        var count = random.PickIndex(PhoneCounts);
        var diallingCode = Places.Towns.All[investigation.Town].DiallingCode;
        for (var i = 0; i < count; i++)
        {
            var number = british || random.Chance(0.7) ? phones.AllocateSubjectUk(random, diallingCode, business: false) : null;
            if (number is null && !british)
            {
                number = phones.AllocateSubjectForeign(random, subject.Person.Culture);
            }

            if (number is { } n && !subject.Phones.Contains(n))
            {
                subject.Phones.Add(n);
            }
        }
    }

    private static void RecordBirth(Subject subject, SubjectRole role, Random random)
    {
        var (estimated, missing) = role == SubjectRole.Victim ? (0.15, 0.05) : (0.04, 0.04);
        var roll = random.NextDouble();
        subject.RecordedBirth = roll < estimated ? RecordedBirth.Estimated : roll < estimated + missing ? RecordedBirth.Missing : RecordedBirth.Exact;
        var offset = random.Chance(0.7) ? 0 : random.Chance(0.8) ? (random.Chance(0.5) ? 1 : -1) : (random.Chance(0.5) ? 2 : -2);
        subject.EstimatedYear = subject.Person.DateOfBirth.Year + offset;
    }
}
