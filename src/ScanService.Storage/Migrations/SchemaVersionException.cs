namespace ScanService.Storage.Migrations;

/// <summary>
/// The database schema is not the one this build needs (older and not allowed to migrate, newer, or a script
/// failed): an operator's problem with a clear remedy, not a bug.
/// </summary>
public sealed class SchemaVersionException(string message, Exception? innerException = null)
    : InvalidOperationException(message, innerException);
