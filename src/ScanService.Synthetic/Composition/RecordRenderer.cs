using ScanService.Synthetic.People;
using ScanService.Synthetic.Randomness;
using ScanService.Synthetic.Rendering;
using ScanService.Synthetic.Sources;
using ScanService.Synthetic.World;

namespace ScanService.Synthetic.Composition;

/// <summary>Writes a plan into a row in the source's style, with its mess, and notes what the row really shows.</summary>
/// <remarks>
/// Identifiers draw from their own stream (<paramref name="identifiers"/>) so that the other values of a night
/// are the same whether or not a source carries them.
/// </remarks>
internal sealed class RecordRenderer(SyntheticWorld world, SourceProfile profile, Random identifiers)
{
    private static readonly string[] VagueNationalities = ["Asian?", "African?", "Eastern European?", "Not known", "Possibly Romanian"];

    public void Render(RecordPlan plan, RecordDraft draft, RecordFacts facts, Random random, MessTally? tally)
    {
        facts.Subject = plan.Subject;
        var person = plan.Person;
        if (person is not null && plan.Name is not null)
        {
            WriteName(plan, person, draft, facts, random, tally);
        }

        if (person is not null && plan.ShowDob)
        {
            draft[Column.DateOfBirth] = DobRenderer.Render(person.DateOfBirth, world.RunDate, profile.Dob, random, tally);
            facts.DobShown = true;
        }

        if (person is not null && random.Chance(profile.Presence.Nationality))
        {
            draft[Column.Nationality] = profile.Kind == SourceKind.Helpline && random.Chance(0.3) ? random.Pick(VagueNationalities)
                : random.Chance(0.8) ? person.Nationality : person.Culture.Nationalities.Pick(random);
        }

        if (person is not null && random.Chance(profile.Presence.Gender))
        {
            var words = profile.Kind is SourceKind.Helpline or SourceKind.Police && random.Chance(0.4);
            draft[Column.Gender] = person.Gender == People.Gender.Male ? (words ? "Male" : "M") : (words ? "Female" : "F");
        }

        draft[Column.Phone] = PhoneRenderer.Render(plan.Phones, profile.Phones, random, tally);
        foreach (var phone in plan.Phones)
        {
            facts.Phones.Add(phone.E164);
        }

        if (plan.Premises is { } premises)
        {
            var address = AddressRenderer.Render(premises, plan.Business, world.Addresses, profile.Addresses, mayDropFlat: tally is not null, random, tally);
            draft[Column.Address] = address.Address;
            draft[Column.Postcode] = address.Postcode;
            facts.Premises = premises;
        }

        draft[Column.Email] = plan.Email ?? string.Empty;
        if (person is not null && profile.Columns.Contains(Column.NiNumber) && person.DateOfBirth.AddYears(16) <= world.RunDate
            && identifiers.Chance(profile.NiNumber))
        {
            draft[Column.NiNumber] = NationalInsuranceNumbers.Render(NationalInsuranceNumbers.For(person), profile.NiSlip, identifiers);
        }

        var child = person is not null && person.DateOfBirth.AddYears(18) > world.RunDate;
        Extras.Write(profile.Kind, draft, plan.Business, child, random);
    }

    private void WriteName(RecordPlan plan, People.Person person, RecordDraft draft, RecordFacts facts, Random random, MessTally? tally)
    {
        var culture = person.Culture;
        var nameColumn = profile.FullNameColumn ? Column.FullName : Column.Forename;
        if (plan.ForenameOnly)
        {
            draft[nameColumn] = NameRenderer.ForenameOnly(plan.Name!, profile.Names, random);
            return;
        }

        var rendered = NameRenderer.Render(plan.Name!, culture, profile.Names, random, tally);
        facts.FullName = rendered.IsFull;
        if (profile.FullNameColumn)
        {
            var style = (FullNameStyle)random.PickIndex(profile.FullNameStyles);
            draft[Column.FullName] = NameRenderer.FullName(rendered, style, culture, person.Gender, profile.Names, random, tally);
            return;
        }

        rendered = NameRenderer.CaseForColumns(rendered, profile.Names, random, tally);
        draft[Column.Forename] = rendered.Forename;
        draft[Column.Surname] = rendered.Surname;
    }
}
