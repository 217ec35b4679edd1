using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The <c>Retrieve</c> message request.</summary>
    public sealed class RetrieveRequest : OrganizationRequest
    {
        /// <summary>An empty request.</summary>
        public RetrieveRequest()
        {
            RequestName = "Retrieve";
        }

        /// <summary>The <c>Target</c> parameter.</summary>
        public EntityReference Target
        {
            get => ParameterReader.Get<EntityReference>(Parameters, "Target");
            set => Parameters["Target"] = value;
        }

        /// <summary>The <c>ColumnSet</c> parameter.</summary>
        public ColumnSet ColumnSet
        {
            get => ParameterReader.Get<ColumnSet>(Parameters, "ColumnSet");
            set => Parameters["ColumnSet"] = value;
        }
    }
}
