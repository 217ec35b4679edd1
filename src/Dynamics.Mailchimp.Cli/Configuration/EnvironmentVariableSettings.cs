using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;

namespace Dynamics.Mailchimp.Cli.Configuration;

/// <summary>
/// The solution's environment variables (solution/src/environmentvariabledefinitions) and the job settings they set, as
/// the organization's layer of the configuration: above the job's built-in defaults, below its own settings
/// (<see cref="DmcConfiguration"/>).
/// </summary>
public static class EnvironmentVariableSettings
{
    /// <summary>The key of the scheduled reconcile's interval (issue #12; the engine's reconcile options bind it by key).</summary>
    public const string ReconcileIntervalKey = SyncOptions.SectionName + ":Reconcile:IntervalDays";

    private const string Pull = SyncOptions.SectionName + ":" + PullOptions.SectionName + ":";

    /// <summary>Every mapped variable, by schema name.</summary>
    public static readonly IReadOnlyList<EnvironmentVariableSetting> All =
    [
        new("dmc_MailchimpServerPrefix", DmcConfiguration.MailchimpSection + ":" + nameof(MailchimpClientOptions.ServerPrefix), EnvironmentVariableForm.Text),
        new("dmc_UnsubscribeBlocksBulkEmail", Pull + nameof(PullOptions.UnsubscribeBlocksBulkEmail), EnvironmentVariableForm.YesNo),
        new("dmc_UnsubscribeBlocksMarketingMaterials", Pull + nameof(PullOptions.UnsubscribeBlocksMarketingMaterials), EnvironmentVariableForm.YesNo),
        new("dmc_UnsubscribeLeavesLists", Pull + nameof(PullOptions.UnsubscribeLeavesLists), EnvironmentVariableForm.YesNo),
        new("dmc_CleanedBlocksBulkEmail", Pull + nameof(PullOptions.CleanedBlocksBulkEmail), EnvironmentVariableForm.YesNo),
        new("dmc_ResubscribeAllowsMarketing", Pull + nameof(PullOptions.ResubscribeAllowsMarketing), EnvironmentVariableForm.YesNo),
        new("dmc_CreateLeadsForUnmatched", Pull + nameof(PullOptions.CreateLeadsForUnmatched), EnvironmentVariableForm.YesNo),
        new("dmc_ActivityRetentionDays", SyncOptions.SectionName + ":Activity:Retention", EnvironmentVariableForm.Days),
        new("dmc_ReconcileIntervalDays", ReconcileIntervalKey, EnvironmentVariableForm.WholeNumber),
    ];

    /// <summary>The schema names to read.</summary>
    public static IReadOnlyCollection<string> SchemaNames => All.Select(s => s.SchemaName).ToArray();

    /// <summary>The configuration values the readings give: each mapped variable with a value (current, else default); unmapped ones are ignored.</summary>
    /// <param name="readings">What Dataverse holds.</param>
    /// <returns>Configuration key → value.</returns>
    /// <exception cref="DmcConfigurationException">A value does not have its variable's form; the message names the variable.</exception>
    public static IReadOnlyDictionary<string, string?> ToConfiguration(IEnumerable<EnvironmentVariableReading> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var reading in readings)
        {
            if (All.FirstOrDefault(s => s.SchemaName == reading.SchemaName) is { } setting && reading.Value is { } text)
            {
                values[setting.ConfigurationKey] = setting.Convert(text, reading.Origin);
            }
        }

        return values;
    }

    /// <summary>
    /// <paramref name="error"/> (a job setting out of range) with a line for each setting it names that a Dataverse
    /// environment variable supplied, so the admin knows where the value came from.
    /// </summary>
    /// <param name="error">The validation error of the job's settings.</param>
    /// <param name="readings">What Dataverse held.</param>
    /// <returns>The error, extended when a named setting came from Dataverse; otherwise <paramref name="error"/> itself.</returns>
    public static DmcConfigurationException Explain(DmcConfigurationException error, IEnumerable<EnvironmentVariableReading> readings)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(readings);
        var notes = readings
            .Select(r => (Reading: r, Setting: All.FirstOrDefault(s => s.SchemaName == r.SchemaName)))
            .Where(p => p.Setting is not null && p.Reading.Value is not null && error.Message.Contains(p.Setting.ConfigurationKey, StringComparison.OrdinalIgnoreCase))
            .Select(p => $"  {p.Setting!.ConfigurationKey} comes from the Dataverse environment variable {p.Reading.SchemaName} ({p.Reading.Origin} '{p.Reading.Value}') unless the job's own settings set it.")
            .ToList();
        return notes.Count == 0 ? error : new DmcConfigurationException(error.Message + Environment.NewLine + string.Join(Environment.NewLine, notes), error);
    }
}
