namespace Dynamics.Mailchimp.Sandbox.Dataverse.Routing;

/// <summary>What a Web API resource path addresses.</summary>
internal enum ResourceKind
{
    ServiceDocument,
    Metadata,
    Batch,
    WhoAmI,
    EntitySet,
    Entity,
    BoundAction,
    CollectionAction,
    UnboundAction,
}
