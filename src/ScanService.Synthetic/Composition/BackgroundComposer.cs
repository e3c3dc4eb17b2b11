namespace ScanService.Synthetic.Composition;

/// <summary>The bulk of every export: unrelated people with their own names, homes and phones.</summary>
internal sealed class BackgroundComposer(PlanKit kit)
{
    public void Compose(RecordPlan plan, Random random)
    {
        var person = kit.NewPerson(random);
        plan.Person = person;
        kit.IdentityByHabit(plan, person.Name, random);
        kit.AddressByHabit(plan, random);
        kit.PhonesByHabit(plan, person, random);
        kit.Finish(plan, person, random);
    }
}
