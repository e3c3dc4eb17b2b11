using ScanService.Synthetic.People;
using ScanService.Synthetic.Phones;
using ScanService.Synthetic.Places;
using ScanService.Synthetic.Randomness;
using ScanService.Synthetic.World;

namespace ScanService.Synthetic.Composition;

/// <summary>
/// Near misses: a namesake born another year, a twin with another forename, the house next door, the flat
/// upstairs, a phone one digit out, a subject of a closed investigation. They are what makes precision hard.
/// </summary>
internal sealed class DecoyComposer(PlanKit kit, LinkComposer links)
{
    // Enough tries to find a subject with a common name (about one in ten) or a flat.
    private const int Attempts = 40;

    /// <returns>The subject the decoy imitates, or null when this kind cannot be built in this world.</returns>
    public Subject? Compose(RecordPlan plan, DecoyKind kind, Random random)
    {
        var pools = kit.World.Pools;
        if (kind == DecoyKind.ClosedInvestigationSubject)
        {
            if (pools.ClosedOnly.Count == 0)
            {
                return null;
            }

            var closed = random.Pick(pools.ClosedOnly);
            links.Self(plan, closed, random, tally: null);
            return closed;
        }

        if (pools.Open.Count == 0)
        {
            return null;
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var subject = random.Pick(pools.Open);
            if (TryCompose(plan, kind, subject, random))
            {
                return subject;
            }

            plan.Reset();
        }

        return null;
    }

    private bool TryCompose(RecordPlan plan, DecoyKind kind, Subject subject, Random random)
    {
        var people = kit.World.People;
        switch (kind)
        {
            case DecoyKind.SameNameDifferentPerson:
                return Named(plan, people.Namesake(subject.Person, random), random, showDob: true);
            case DecoyKind.SameNameNoDateOfBirth:
                return Named(plan, people.Namesake(subject.Person, random), random, showDob: false);
            case DecoyKind.SameSurnameAndBirthDifferentForename:
                return Named(plan, people.SameSurnameAndBirth(subject.Person, random), random, showDob: true);
            case DecoyKind.SameBirthDifferentName:
                return Named(plan, people.SameBirth(subject.Person, random), random, showDob: true);
            case DecoyKind.SameNameSameBirthYear:
                // Only common names: two Aistė Navickienės born the same year would be an implausible coincidence.
                return PersonFactory.HasCommonName(subject.Person) && Named(plan, people.NamesakeSameYear(subject.Person, random), random, showDob: true);
            case DecoyKind.NeighbouringHouseNumber:
                return subject.Addresses.Count > 0 && AtPremises(plan, Neighbour(random.Pick(subject.Addresses).Premises, random), random);
            case DecoyKind.SameBuildingOtherFlat:
                return subject.Addresses.Find(a => a.Premises.HasFlat) is { } flat && AtPremises(plan, OtherFlat(flat.Premises, random), random);
            default:
                return subject.Phones.Count > 0 && WithPhone(plan, OneDigitOff(random.Pick(subject.Phones), random), random);
        }
    }

    private bool Named(RecordPlan plan, Person person, Random random, bool showDob)
    {
        plan.Person = person;
        plan.Name = person.Name;
        plan.ShowDob = showDob;
        if (showDob)
        {
            kit.AddressByHabit(plan, random);
            kit.PhonesByHabit(plan, person, random);
        }
        else if (random.Chance(0.3))
        {
            plan.Premises = kit.FreePremises(random);
        }

        kit.Finish(plan, person, random);
        return true;
    }

    private bool AtPremises(RecordPlan plan, Premises? premises, Random random)
    {
        if (premises is not { } p || kit.World.Index.IsSubjectPremises(p.Key))
        {
            return false;
        }

        var person = kit.NewPerson(random);
        plan.Person = person;
        plan.Premises = p;
        kit.IdentityByHabit(plan, person.Name, random);
        kit.PhonesByHabit(plan, person, random);
        kit.Finish(plan, person, random);
        return true;
    }

    private bool WithPhone(RecordPlan plan, PhoneNumber? number, Random random)
    {
        if (number is not { } n)
        {
            return false;
        }

        var person = kit.NewPerson(random);
        plan.Person = person;
        plan.Phones.Add(n);
        kit.IdentityByHabit(plan, person.Name, random);
        kit.AddressByHabit(plan, random);
        kit.Finish(plan, person, random);
        return true;
    }

    private Premises? Neighbour(Premises of, Random random) => kit.World.Addresses.Neighbour(of, random);

    private Premises? OtherFlat(Premises of, Random random)
    {
        var flats = kit.World.Addresses.FlatsIn(of);
        if (flats < 2)
        {
            return null;
        }

        var flat = 1 + random.Next(flats - 1);
        return of with { Flat = flat >= of.Flat ? flat + 1 : flat };
    }

    /// <summary>A number one digit away from a subject's that belongs to no subject.</summary>
    private PhoneNumber? OneDigitOff(PhoneNumber of, Random random)
    {
        var candidates = PhoneBook.OneDigitOff(of).Where(n => !kit.World.Index.IsSubjectPhone(n.E164)).ToList();
        return candidates.Count == 0 ? null : random.Pick(candidates);
    }
}
