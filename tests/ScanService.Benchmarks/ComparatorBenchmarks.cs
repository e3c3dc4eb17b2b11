using BenchmarkDotNet.Attributes;
using ScanService.Match.Comparators;
using ScanService.Model;

namespace ScanService.Benchmarks;

/// <summary>
/// Time and allocation of one comparison per comparator, for an agreeing and a disagreeing pair. Matching a
/// national night makes hundreds of millions of these; each must allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class ComparatorBenchmarks
{
    private readonly NameComparator _name = new();
    private readonly DateOfBirthComparator _dateOfBirth = new();
    private readonly PhoneComparator _phone = new();
    private readonly PremisesComparator _premises = new();
    private readonly PersonRecord _record = ComparisonPairs.Record;
    private readonly Subject _same = ComparisonPairs.Same;
    private readonly Subject _other = ComparisonPairs.Other;

    [Benchmark]
    public ComparisonOutcome NameAgrees() => _name.Compare(_record, _same);

    [Benchmark]
    public ComparisonOutcome NameDiffers() => _name.Compare(_record, _other);

    [Benchmark]
    public ComparisonOutcome DateOfBirthAgrees() => _dateOfBirth.Compare(_record, _same);

    [Benchmark]
    public ComparisonOutcome DateOfBirthDiffers() => _dateOfBirth.Compare(_record, _other);

    [Benchmark]
    public ComparisonOutcome PhoneAgrees() => _phone.Compare(_record, _same);

    [Benchmark]
    public ComparisonOutcome PhoneDiffers() => _phone.Compare(_record, _other);

    [Benchmark]
    public ComparisonOutcome AddressAgrees() => _premises.Compare(_record, _same);

    [Benchmark]
    public ComparisonOutcome AddressDiffers() => _premises.Compare(_record, _other);
}
