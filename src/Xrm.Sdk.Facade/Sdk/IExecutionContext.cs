using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>What the platform tells a plug-in about the operation it runs in.</summary>
    public interface IExecutionContext
    {
        /// <summary>Business unit of the calling user.</summary>
        Guid BusinessUnitId { get; }
        /// <summary>Ties together every call made for one top-level operation.</summary>
        Guid CorrelationId { get; }
        /// <summary>Nesting depth of the call; do not use it to detect echoes.</summary>
        int Depth { get; }
        /// <summary>The user who started the operation.</summary>
        Guid InitiatingUserId { get; }
        /// <summary>The message's request parameters (for example <c>Target</c>).</summary>
        ParameterCollection InputParameters { get; }
        /// <summary>Whether the call runs offline.</summary>
        bool IsExecutingOffline { get; }
        /// <summary>Whether the call runs inside the database transaction.</summary>
        bool IsInTransaction { get; }
        /// <summary>Whether the call replays an offline operation.</summary>
        bool IsOfflinePlayback { get; }
        /// <summary>1 = none, 2 = sandbox.</summary>
        int IsolationMode { get; }
        /// <summary>The SDK message name, for example <c>Update</c> or <c>AddMember</c>.</summary>
        string MessageName { get; }
        /// <summary>0 = synchronous, 1 = asynchronous.</summary>
        int Mode { get; }
        /// <summary>When the system job was created (asynchronous steps).</summary>
        DateTime OperationCreatedOn { get; }
        /// <summary>Id of the asynchronous operation.</summary>
        Guid OperationId { get; }
        /// <summary>The organization id.</summary>
        Guid OrganizationId { get; }
        /// <summary>The organization name.</summary>
        string OrganizationName { get; }
        /// <summary>The message's response parameters.</summary>
        ParameterCollection OutputParameters { get; }
        /// <summary>The step or endpoint that owns this execution.</summary>
        EntityReference OwningExtension { get; }
        /// <summary>Images taken after the core operation, by alias.</summary>
        EntityImageCollection PostEntityImages { get; }
        /// <summary>Images taken before the core operation, by alias.</summary>
        EntityImageCollection PreEntityImages { get; }
        /// <summary>Id of the primary record.</summary>
        Guid PrimaryEntityId { get; }
        /// <summary>Logical name of the primary table.</summary>
        string PrimaryEntityName { get; }
        /// <summary>Id of the request, when the caller gave one.</summary>
        Guid? RequestId { get; }
        /// <summary>Logical name of the secondary table, if any.</summary>
        string SecondaryEntityName { get; }
        /// <summary>Values shared between plug-ins of one operation (the Web API <c>tag</c> lands here).</summary>
        ParameterCollection SharedVariables { get; }
        /// <summary>The user the step runs as.</summary>
        Guid UserId { get; }
    }
}
