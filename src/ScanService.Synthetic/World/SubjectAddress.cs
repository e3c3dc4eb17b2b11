using ScanService.Synthetic.Places;

namespace ScanService.Synthetic.World;

/// <summary>A premises known for a subject; <see cref="Business"/> names it when it is a workplace (Lucky Nails).</summary>
internal sealed record SubjectAddress(Premises Premises, string? Business);
