namespace Dynamics.Mailchimp.Packer.Package;

/// <summary>One environment variable definition to pack.</summary>
/// <param name="SchemaName">Its schema name, e.g. <c>dmc_ActivityRetentionDays</c>.</param>
/// <param name="EntryPath">Its path in the zip.</param>
/// <param name="Content">The definition file's bytes, as in the source.</param>
public sealed record EnvironmentVariableFile(string SchemaName, string EntryPath, byte[] Content);
