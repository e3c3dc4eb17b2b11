using ScanService.Synthetic.Places;
using ScanService.Synthetic.Randomness;
using ScanService.Synthetic.Rendering;
using ScanService.Synthetic.World;

namespace ScanService.Synthetic.Composition;

/// <summary>
/// True links: a record about a subject of an open investigation, or about someone at their premises or on
/// their phone. What it carries follows the source (NRM: name and estimated birth date; helpline: a phone).
/// </summary>
internal sealed class LinkComposer(PlanKit kit)
{
    // How often a record about the subject leaves out a date of birth it had, when a phone or premises still links it.
    private const double DobLeftOut = 0.06;
    private const double AliasUsed = 0.3;

    /// <returns>The subject the record is built around, or null when no subject of an open investigation exists.</returns>
    public Subject? Compose(RecordPlan plan, Random random, MessTally tally)
    {
        var links = kit.Profile.Links;
        if (kit.World.Pools.PickForLink(random, links.Roles) is not { } subject)
        {
            return null;
        }

        var persona = (Persona)random.PickIndex(links.Personas);
        if ((persona is Persona.Relative or Persona.Workplace && subject.Addresses.Count == 0) || (persona == Persona.PhoneUser && subject.Phones.Count == 0))
        {
            persona = Persona.Self;
        }

        switch (persona)
        {
            case Persona.Relative:
                Relative(plan, subject, random);
                break;
            case Persona.PhoneUser:
                PhoneUser(plan, subject, random);
                break;
            case Persona.Workplace:
                Workplace(plan, subject, random);
                break;
            default:
                Self(plan, subject, random, tally);
                break;
        }

        return subject;
    }

    /// <summary>A record about the subject themselves; also used for subjects of closed investigations.</summary>
    public void Self(RecordPlan plan, Subject subject, Random random, MessTally? tally)
    {
        var links = kit.Profile.Links;
        var wantPhone = subject.Phones.Count > 0 && random.Chance(links.Phone);
        var wantPremises = subject.Addresses.Count > 0 && random.Chance(links.Premises);
        var wantPerson = random.Chance(links.Person) || (!wantPhone && !wantPremises);
        var person = subject.Person;
        plan.Person = person;
        plan.Subject = subject;

        var name = person.Name;
        if (subject.Alias is { } alias && random.Chance(AliasUsed))
        {
            name = alias;
            tally?.Add(MessKind.AliasUsed);
        }

        if (wantPerson)
        {
            plan.Name = name;
            plan.ShowDob = !((wantPhone || wantPremises) && random.Chance(DobLeftOut));
            if (!plan.ShowDob)
            {
                tally?.Add(MessKind.DobMissing);
            }
        }
        else
        {
            kit.IdentityByHabit(plan, name, random);
        }

        if (wantPremises)
        {
            var address = random.Pick(subject.Addresses);
            plan.Premises = address.Premises;
            plan.Business = address.Business;
        }
        else
        {
            // A new address the unit does not know yet: no premises link.
            kit.AddressByHabit(plan, random);
        }

        if (wantPhone)
        {
            plan.Phones.Add(random.Pick(subject.Phones));
            if (subject.Phones.Count > 1 && random.Chance(0.15))
            {
                PlanKit.AddDistinct(plan, random.Pick(subject.Phones));
            }

            if (random.Chance(kit.Profile.Presence.SecondPhone))
            {
                PlanKit.AddDistinct(plan, kit.OwnPhone(person, plan.Premises, random));
            }
        }
        else
        {
            kit.PhonesByHabit(plan, person, random);
            if (subject.Phones.Count > 0)
            {
                tally?.Add(MessKind.PhoneMissing);
            }
        }

        kit.Finish(plan, person, random, subject.Email);
    }

    private void Relative(RecordPlan plan, Subject subject, Random random)
    {
        var relative = kit.World.People.Relative(subject.Person, random);
        var address = random.Pick(subject.Addresses);
        plan.Person = relative;
        plan.Premises = address.Premises;
        plan.Business = address.Business;
        kit.IdentityByHabit(plan, relative.Name, random);
        kit.PhonesByHabit(plan, relative, random);
        kit.Finish(plan, relative, random);
    }

    private void PhoneUser(RecordPlan plan, Subject subject, Random random)
    {
        var caller = kit.NewPerson(random, random.Chance(0.6) ? subject.Person.Culture : null);
        plan.Person = caller;
        kit.IdentityByHabit(plan, caller.Name, random);
        kit.AddressByHabit(plan, random);
        plan.Phones.Add(random.Pick(subject.Phones));
        if (random.Chance(0.3))
        {
            PlanKit.AddDistinct(plan, kit.OwnPhone(caller, plan.Premises, random));
        }

        kit.Finish(plan, caller, random);
    }

    private void Workplace(RecordPlan plan, Subject subject, Random random)
    {
        var address = subject.Addresses.Find(a => a.Business is not null) ?? random.Pick(subject.Addresses);
        var worker = kit.NewPerson(random, random.Chance(0.7) ? subject.Person.Culture : null);
        plan.Person = worker;
        plan.Premises = address.Premises;
        // Businesses are re-registered under new trading names; the premises stay the same.
        plan.Business = address.Business is { } known && random.Chance(0.8) ? known : BusinessNames.Create(random).Name;
        kit.IdentityByHabit(plan, worker.Name, random);
        if (subject.Phones.Count > 0 && random.Chance(0.3))
        {
            plan.Phones.Add(random.Pick(subject.Phones));
        }
        else
        {
            kit.PhonesByHabit(plan, worker, random);
        }

        kit.Finish(plan, worker, random);
    }
}
