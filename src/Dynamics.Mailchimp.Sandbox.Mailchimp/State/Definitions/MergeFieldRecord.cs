using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;

/// <summary>A merge field definition of an audience.</summary>
internal sealed record MergeFieldRecord(
    int MergeId,
    string Tag,
    string Name,
    string Type,
    bool Required,
    string DefaultValue,
    bool Public,
    int DisplayOrder,
    JsonObject Options,
    string HelpText);
