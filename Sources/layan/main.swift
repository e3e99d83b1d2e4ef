import Foundation
import LayanApp

exit(await LayanCLI.main())
