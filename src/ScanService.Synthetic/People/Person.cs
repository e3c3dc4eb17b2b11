using ScanService.Synthetic.Names;

namespace ScanService.Synthetic.People;

/// <summary>A synthetic human being: who they really are, before any system records them.</summary>
internal sealed class Person
{
    public required Culture Culture { get; init; }

    public required Gender Gender { get; init; }

    public required TrueName Name { get; init; }

    public required DateOnly DateOfBirth { get; init; }

    /// <summary>Nationality as this person's own records usually give it.</summary>
    public required string Nationality { get; init; }

    /// <summary>A number that makes their e-mail user name their own (minh.nguyen86).</summary>
    public required int EmailNumber { get; init; }
}
