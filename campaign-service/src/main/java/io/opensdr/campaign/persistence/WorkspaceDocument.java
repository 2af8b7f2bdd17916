package io.opensdr.campaign.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("workspaces")
record WorkspaceDocument(@Id String id, String name) {
}
