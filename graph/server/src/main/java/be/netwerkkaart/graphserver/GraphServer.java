package be.netwerkkaart.graphserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with Bolt on loopback, authentication on.
 *
 * Arguments: <homeDir> <boltPort> <passwordFile>
 * The password file is created by the Node scripts (mode 0600); this process only reads it and
 * makes it the password of the built-in "neo4j" user, so the default neo4j/neo4j never works.
 * Prints "NEO4J_READY <port>" on stdout once Bolt accepts connections.
 */
public final class GraphServer {
  private GraphServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: GraphServer <homeDir> <boltPort> <passwordFile>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = Files.readString(Path.of(args[2])).trim();
    long pageCache = ByteUnit.mebiBytes(Long.parseLong(System.getenv().getOrDefault("NEO4J_PAGECACHE_MB", "1024")));

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    // Ctrl-C or SIGTERM from the Node supervisor: flush and close the store cleanly.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("NEO4J_STOPPING");
      dbms.shutdown();
      stopped.countDown();
    }, "graph-server-shutdown"));

    setPassword(dbms, password);
    System.out.println("NEO4J_READY " + port);
    System.out.flush();
    stopped.await();
  }

  /** Makes the given password the neo4j user's, whether this is the first start or not. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to set a password equal to the current one: then it is already right.
      String message = String.valueOf(e.getMessage());
      if (!message.contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }
}
