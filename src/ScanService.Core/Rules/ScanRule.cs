namespace ScanService.Rules;

/// <summary>What every kind of rule (link, pattern, compliance) says about itself.</summary>
public interface IScanRule
{
    string Id { get; }

    int Version { get; }

    string Description { get; }

    string Severity { get; }

    bool Enabled { get; }

    string FileName { get; }

    RulePositions Positions { get; }
}
