using ScanService.Synthetic.People;

namespace ScanService.Synthetic.Names;

/// <summary>
/// A family name with its feminine forms where the language has them (Kowalski/Kowalska,
/// Kazlauskas/Kazlauskienė or Kazlauskaitė, Singh/Kaur); relatives share the surname, not the form.
/// </summary>
internal sealed class Surname(NameEntry male, NameEntry[] femaleForms)
{
    public NameEntry Male { get; } = male;

    public NameEntry[] FemaleForms { get; } = femaleForms;

    public NameEntry For(Gender gender, Random random) =>
        gender == Gender.Male || FemaleForms.Length == 0 ? Male : FemaleForms[random.Next(FemaleForms.Length)];
}
