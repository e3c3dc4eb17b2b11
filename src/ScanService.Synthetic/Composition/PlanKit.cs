using ScanService.Synthetic.Names;
using ScanService.Synthetic.People;
using ScanService.Synthetic.Phones;
using ScanService.Synthetic.Places;
using ScanService.Synthetic.Randomness;
using ScanService.Synthetic.Sources;
using ScanService.Synthetic.World;

namespace ScanService.Synthetic.Composition;

/// <summary>The steps every composer shares: unrelated people, their own phones and homes, the source's habits.</summary>
internal sealed class PlanKit(SyntheticWorld world, SourceProfile profile)
{
    public SyntheticWorld World { get; } = world;

    public SourceProfile Profile { get; } = profile;

    /// <summary>Someone who is not a subject, and is not a subject's exact double (same name and birth date).</summary>
    public Person NewPerson(Random random, Culture? culture = null)
    {
        while (true)
        {
            var person = World.People.Create(random, Profile.Ages, culture);
            if (!World.Index.LooksLikeSubject(person))
            {
                return person;
            }
        }
    }

    /// <summary>Name and date of birth as often as this source has them.</summary>
    public void IdentityByHabit(RecordPlan plan, TrueName name, Random random)
    {
        if (random.Chance(Profile.Presence.Name))
        {
            plan.Name = name;
            plan.ForenameOnly = random.Chance(Profile.ForenameOnly);
        }

        // A date of birth without a name is rare except on helpline calls, and in labour inspections it belongs to a named worker.
        plan.ShowDob = random.Chance(plan.Name is null ? Profile.Presence.Dob * 0.2 : Profile.Presence.Dob);
    }

    /// <summary>A person's own phone: never a subject's number (see <see cref="PhoneBook"/> for the partition).</summary>
    public PhoneNumber OwnPhone(Person person, Premises? home, Random random)
    {
        var town = home is { } p ? World.Addresses.TownOf(p).DiallingCode : null;
        return person.Culture.PhoneCountryCode is null || random.Chance(0.6)
            ? World.Phones.BackgroundUk(random, town)
            : World.Phones.BackgroundForeign(random, person.Culture);
    }

    public void PhonesByHabit(RecordPlan plan, Person person, Random random)
    {
        if (random.Chance(Profile.Presence.Phone))
        {
            plan.Phones.Add(OwnPhone(person, plan.Premises, random));
            if (random.Chance(Profile.Presence.SecondPhone))
            {
                AddDistinct(plan, OwnPhone(person, plan.Premises, random));
            }
        }
    }

    /// <summary>Somewhere no subject lives or works.</summary>
    public Premises FreePremises(Random random, int? town = null)
    {
        while (true)
        {
            var premises = World.Addresses.RandomPremises(random, town);
            if (!World.Index.IsSubjectPremises(premises.Key))
            {
                return premises;
            }
        }
    }

    public void AddressByHabit(RecordPlan plan, Random random)
    {
        if (Profile.AboutBusinesses || random.Chance(Profile.Presence.Address))
        {
            plan.Premises = FreePremises(random);
        }
    }

    public void Finish(RecordPlan plan, Person person, Random random, string? knownEmail = null)
    {
        if (Profile.AboutBusinesses && plan.Business is null)
        {
            plan.Business = BusinessNames.Create(random).Name;
        }

        if (random.Chance(Profile.Presence.Email))
        {
            plan.Email = knownEmail ?? EmailAddresses.For(person, random);
        }

        if (!plan.IsIdentifiable)
        {
            plan.Name = person.Name;
            plan.ForenameOnly = false;
        }
    }

    public static void AddDistinct(RecordPlan plan, PhoneNumber number)
    {
        if (!plan.Phones.Contains(number))
        {
            plan.Phones.Add(number);
        }
    }
}
