using System.Data;
using System.Data.Common;
using ScanService.Model;

namespace ScanService.Storage.Dialects;

/// <summary>
/// The parameters of <see cref="ScanSql.InsertStagedAlert"/>, created once and re-bound per alert: no per-row
/// allocation of commands or parameter objects while a night of alerts is written.
/// </summary>
internal sealed class StagedAlertParameters
{
    private readonly DbParameter _runId;
    private readonly DbParameter _source;
    private readonly DbParameter _recordId;
    private readonly DbParameter _investigationRef;
    private readonly DbParameter _subjectRef;
    private readonly DbParameter _ruleId;
    private readonly DbParameter _score;
    private readonly DbParameter _matchedOn;
    private readonly DbParameter _explanation;
    private readonly DbParameter _recordMasked;
    private readonly DbParameter _fingerprint;
    private readonly DbParameter _ruleVersion;

    private StagedAlertParameters(DbCommand command)
    {
        _runId = Add(command, "@RunId", DbType.Int64);
        _source = Add(command, "@Source", DbType.String);
        _recordId = Add(command, "@RecordId", DbType.String);
        _investigationRef = Add(command, "@InvestigationRef", DbType.String);
        _subjectRef = Add(command, "@SubjectRef", DbType.String);
        _ruleId = Add(command, "@RuleId", DbType.String);
        _score = Add(command, "@Score", DbType.Double);
        _matchedOn = Add(command, "@MatchedOn", DbType.String);
        _explanation = Add(command, "@Explanation", DbType.String);
        _recordMasked = Add(command, "@RecordMasked", DbType.String);
        _fingerprint = Add(command, "@EvidenceFingerprint", DbType.String);
        _ruleVersion = Add(command, "@RuleVersion", DbType.Int32);
    }

    public static StagedAlertParameters AddTo(DbCommand command) => new(command);

    public void Bind(long runId, LinkAlert alert, string fingerprint)
    {
        _runId.Value = runId;
        _source.Value = OrNull(alert.Source);
        _recordId.Value = OrNull(alert.RecordId);
        _investigationRef.Value = OrNull(alert.InvestigationRef);
        _subjectRef.Value = OrNull(alert.SubjectRef);
        _ruleId.Value = OrNull(alert.RuleId);
        _score.Value = alert.Score;
        _matchedOn.Value = OrNull(alert.MatchedOn);
        _explanation.Value = OrNull(alert.Explanation);
        _recordMasked.Value = OrNull(alert.RecordMasked);
        _fingerprint.Value = fingerprint;
        _ruleVersion.Value = alert.RuleVersion;
    }

    // The model says required, but a caller's bug must reach the database's NOT NULL check, not crash here.
    private static object OrNull(string? value) => value is null ? DBNull.Value : value;

    private static DbParameter Add(DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
