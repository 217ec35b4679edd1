namespace Dynamics.Mailchimp.Packer;

/// <summary>The zips one pack wrote.</summary>
/// <param name="UnmanagedZip">Path of Dynamics.Mailchimp_&lt;version&gt;.zip.</param>
/// <param name="ManagedZip">Path of Dynamics.Mailchimp_&lt;version&gt;_managed.zip.</param>
/// <param name="Warnings">What an importer must check before importing into a real organization, one line each.</param>
public sealed record PackResult(string UnmanagedZip, string ManagedZip, IReadOnlyList<string> Warnings);
